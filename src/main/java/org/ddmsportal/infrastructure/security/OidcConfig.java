package org.ddmsportal.infrastructure.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import lombok.Getter;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The OpenID Connect client settings, from MicroProfile Config (environment variables such as
 * {@code APP_OIDC_CLIENT_SECRET}, or system properties). The sign-in annotation reads them
 * through EL, so nothing about the identity provider is baked into the WAR.
 */
@Named("oidcConfig")
@ApplicationScoped
@Getter
public class OidcConfig {

    @Inject
    @ConfigProperty(name = "app.oidc.provider-uri")
    String providerUri;

    @Inject
    @ConfigProperty(name = "app.oidc.client-id", defaultValue = "ddms-portal")
    String clientId;

    @Inject
    @ConfigProperty(name = "app.oidc.client-secret")
    String clientSecret;
}
