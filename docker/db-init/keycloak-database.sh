#!/bin/sh
# Run once by the MariaDB image on an empty data volume (docker-entrypoint-initdb.d): Keycloak's
# own database and user beside the portal's, so that realms, users and their credentials live in
# the database volume and survive a new Keycloak container.
set -eu
mariadb -uroot -p"$MARIADB_ROOT_PASSWORD" <<SQL
CREATE DATABASE IF NOT EXISTS keycloak CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE USER IF NOT EXISTS 'keycloak'@'%' IDENTIFIED BY '$KEYCLOAK_DB_PASSWORD';
GRANT ALL PRIVILEGES ON keycloak.* TO 'keycloak'@'%';
SQL
