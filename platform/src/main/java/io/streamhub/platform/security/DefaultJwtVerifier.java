package io.streamhub.platform.security;

import java.text.ParseException;
import java.time.Duration;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import org.jspecify.annotations.Nullable;

/**
 * Verifies RS256 tokens with nimbus' {@link DefaultJWTProcessor}.
 * <p>
 * Only {@code RS256} is accepted, so unsecured ({@code alg: none}) tokens and HMAC tokens
 * — including the classic attack of an HS256 token "signed" with the RSA public key — are
 * rejected before any key is looked up. {@code iss} must equal the configured issuer,
 * {@code aud} must contain the configured audience, {@code exp}, {@code sub} and
 * {@code jti} are required, and {@code exp}/{@code nbf} are checked with the configured
 * clock skew. Keys come from a {@link JWKSource} (usually a remote JWKS with caching,
 * refetch on unknown {@code kid} and rate limiting, see {@link RemoteJwks}).
 */
public final class DefaultJwtVerifier implements JwtVerifier {

	// nimbus' collections are probed with contains(null): they must be null-tolerant
	// (HashSet, not Set.of)
	private final DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();

	/**
	 * Create a verifier.
	 * @param keys where the verification keys come from
	 * @param issuer the required {@code iss}
	 * @param audience the required {@code aud}
	 * @param clockSkew tolerated clock difference for {@code exp}/{@code nbf}
	 */
	public DefaultJwtVerifier(JWKSource<SecurityContext> keys, String issuer, String audience, Duration clockSkew) {
		this.processor.setJWSKeySelector(new JWSVerificationKeySelector<>(JWSAlgorithm.RS256, keys));
		DefaultJWTClaimsVerifier<SecurityContext> claims = new DefaultJWTClaimsVerifier<>(
				new HashSet<>(Set.of(audience)), new JWTClaimsSet.Builder().issuer(issuer).build(),
				new HashSet<>(Set.of("sub", "exp", "jti")), new HashSet<>());
		claims.setMaxClockSkew((int) clockSkew.toSeconds());
		this.processor.setJWTClaimsSetVerifier(claims);
	}

	/**
	 * Create a verifier from {@code streamhub.security} properties.
	 * @param keys where the verification keys come from
	 * @param properties issuer, audience and clock skew
	 */
	public DefaultJwtVerifier(JWKSource<SecurityContext> keys, SecurityProperties properties) {
		this(keys, properties.getIssuer(), properties.getAudience(), properties.getClockSkew());
	}

	@Override
	public AuthenticatedUser verify(String token) throws TokenVerificationException {
		JWTClaimsSet claims = process(token);
		return new AuthenticatedUser(subject(claims), roles(claims), claims.getJWTID(),
				claims.getExpirationTime().toInstant());
	}

	private JWTClaimsSet process(String token) {
		try {
			return this.processor.process(token, null);
		}
		catch (ParseException ex) {
			throw new TokenVerificationException("Malformed token", ex);
		}
		catch (BadJOSEException ex) {
			throw new TokenVerificationException("Rejected token: " + ex.getMessage(), ex);
		}
		catch (JOSEException ex) {
			throw new TokenVerificationException("Token could not be verified: " + ex.getMessage(), ex);
		}
	}

	private static UUID subject(JWTClaimsSet claims) {
		try {
			return UUID.fromString(claims.getSubject());
		}
		catch (IllegalArgumentException ex) {
			throw new TokenVerificationException("Claim sub is not a UUID", ex);
		}
	}

	private static Set<Role> roles(JWTClaimsSet claims) {
		List<String> names = stringList(claims, "roles");
		Set<Role> roles = EnumSet.noneOf(Role.class);
		for (String name : names) {
			roleNamed(name).ifPresent(roles::add);
		}
		return roles;
	}

	private static List<String> stringList(JWTClaimsSet claims, String name) {
		try {
			@Nullable List<String> values = claims.getStringListClaim(name);
			return (values != null) ? values : List.of();
		}
		catch (ParseException ex) {
			throw new TokenVerificationException("Claim " + name + " is not a string array", ex);
		}
	}

	private static java.util.Optional<Role> roleNamed(String name) {
		try {
			return java.util.Optional.of(Role.valueOf(name));
		}
		catch (IllegalArgumentException ex) {
			// unknown roles are ignored: a newer issuer may know roles this service does
			// not
			return java.util.Optional.empty();
		}
	}

}
