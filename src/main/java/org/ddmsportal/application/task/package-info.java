/** My tasks: the use cases that count and list what waits for the signed-in user. */
package org.ddmsportal.application.task;
