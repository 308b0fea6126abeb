package io.streamhub.users.token;

import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.streamhub.platform.security.Role;
import io.streamhub.users.config.UsersProperties;

import org.springframework.stereotype.Component;

/**
 * Signs RS256 access tokens with claims {@code sub}, {@code roles}, {@code jti},
 * {@code iss}, {@code aud}, {@code iat} and {@code exp}.
 */
@Component
class AccessTokenIssuer {

	private final SigningKeys keys;

	private final UsersProperties properties;

	private final Clock clock;

	AccessTokenIssuer(SigningKeys keys, UsersProperties properties, Clock clock) {
		this.keys = keys;
		this.properties = properties;
		this.clock = clock;
	}

	AccessToken issue(UUID userId, Set<Role> roles) {
		UsersProperties.Jwt jwt = this.properties.getJwt();
		Instant now = this.clock.instant();
		Instant expiresAt = now.plus(jwt.getAccessTokenTtl());
		String tokenId = UUID.randomUUID().toString();
		JWTClaimsSet claims = new JWTClaimsSet.Builder().subject(userId.toString())
			.claim("roles", roles.stream().map(Role::name).sorted().toList())
			.jwtID(tokenId)
			.issuer(jwt.getIssuer())
			.audience(List.of(jwt.getAudience()))
			.issueTime(Date.from(now))
			.expirationTime(Date.from(expiresAt))
			.build();
		return new AccessToken(sign(claims), tokenId, expiresAt);
	}

	private String sign(JWTClaimsSet claims) {
		RSAKey key = this.keys.current();
		JWSHeader header = new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID())
			.type(JOSEObjectType.JWT)
			.build();
		SignedJWT jwt = new SignedJWT(header, claims);
		try {
			jwt.sign(new RSASSASigner(key));
		}
		catch (JOSEException ex) {
			throw new IllegalStateException("Cannot sign an access token", ex);
		}
		return jwt.serialize();
	}

}
