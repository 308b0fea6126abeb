package io.streamhub.platform.test;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import io.streamhub.platform.security.Role;

/**
 * Mints tokens for tests and serves the matching JWKS on a local HTTP port (JDK
 * {@code HttpServer}). Point services at it with
 * {@code streamhub.security.jwks-url=}{@link #jwksUrl()} (done automatically by
 * {@link EmbeddedInfrastructure}). Valid tokens carry {@code iss} {@value #ISSUER} and
 * {@code aud} {@value #AUDIENCE}, the defaults of {@code streamhub.security}. The other
 * methods produce the invalid variants a verifier must reject.
 */
public final class TestTokens implements AutoCloseable {

	/** Issuer of valid tokens. */
	public static final String ISSUER = "https://streamhub.local";

	/** Audience of valid tokens. */
	public static final String AUDIENCE = "streamhub";

	private static final Duration LIFETIME = Duration.ofMinutes(15);

	private static TestTokens shared;

	private final AtomicInteger keyIds = new AtomicInteger();

	private final List<RSAKey> published = new ArrayList<>();

	private volatile RSAKey current;

	private final HttpServer server;

	private final AtomicInteger jwksRequests = new AtomicInteger();

	/**
	 * Create a token source with a fresh RSA key and start its JWKS endpoint.
	 */
	public TestTokens() {
		this.current = generateKey();
		this.published.add(this.current);
		try {
			this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		this.server.createContext("/jwks.json", (exchange) -> {
			this.jwksRequests.incrementAndGet();
			byte[] body = jwks().getBytes(StandardCharsets.UTF_8);
			exchange.getResponseHeaders().add("Content-Type", "application/json");
			exchange.sendResponseHeaders(200, body.length);
			try (OutputStream out = exchange.getResponseBody()) {
				out.write(body);
			}
		});
		this.server.start();
	}

	/**
	 * The token source shared by all tests of the JVM (never closed before JVM exit).
	 * @return the shared instance
	 */
	public static synchronized TestTokens shared() {
		if (shared == null) {
			shared = new TestTokens();
		}
		return shared;
	}

	/**
	 * The JWKS URL.
	 * @return e.g. {@code http://127.0.0.1:43210/jwks.json}
	 */
	public String jwksUrl() {
		return "http://127.0.0.1:" + this.server.getAddress().getPort() + "/jwks.json";
	}

	/**
	 * How often the JWKS was fetched.
	 * @return the number of requests served
	 */
	public int jwksRequests() {
		return this.jwksRequests.get();
	}

	/**
	 * A valid token.
	 * @param userId the subject
	 * @param roles the roles
	 * @return the compact JWT
	 */
	public String token(UUID userId, Role... roles) {
		return sign(this.current, claims(userId, roles).build());
	}

	/**
	 * A token with custom claims, starting from valid ones.
	 * @param userId the subject
	 * @param customizer changes the claims
	 * @param roles the roles
	 * @return the compact JWT, signed with the current key
	 */
	public String token(UUID userId, Consumer<JWTClaimsSet.Builder> customizer, Role... roles) {
		JWTClaimsSet.Builder builder = claims(userId, roles);
		customizer.accept(builder);
		return sign(this.current, builder.build());
	}

	/**
	 * A token that expired an hour ago.
	 * @param userId the subject
	 * @param roles the roles
	 * @return the compact JWT
	 */
	public String expiredToken(UUID userId, Role... roles) {
		Instant past = Instant.now().minus(Duration.ofHours(2));
		return token(userId,
				(claims) -> claims.issueTime(Date.from(past)).expirationTime(Date.from(past.plus(Duration.ofHours(1)))),
				roles);
	}

	/**
	 * A token valid only from an hour from now.
	 * @param userId the subject
	 * @param roles the roles
	 * @return the compact JWT
	 */
	public String notYetValidToken(UUID userId, Role... roles) {
		Instant future = Instant.now().plus(Duration.ofHours(1));
		return token(userId,
				(claims) -> claims.notBeforeTime(Date.from(future)).expirationTime(Date.from(future.plus(LIFETIME))),
				roles);
	}

	/**
	 * A token for another audience.
	 * @param userId the subject
	 * @return the compact JWT
	 */
	public String wrongAudienceToken(UUID userId) {
		return token(userId, (claims) -> claims.audience("another-service"), Role.VIEWER);
	}

	/**
	 * A token from another issuer.
	 * @param userId the subject
	 * @return the compact JWT
	 */
	public String wrongIssuerToken(UUID userId) {
		return token(userId, (claims) -> claims.issuer("https://evil.example"), Role.VIEWER);
	}

	/**
	 * An HS256 token signed with a random secret.
	 * @param userId the subject
	 * @return the compact JWT
	 */
	public String hs256Token(UUID userId) {
		byte[] secret = new byte[32];
		new SecureRandom().nextBytes(secret);
		return hmac(userId, secret);
	}

	/**
	 * An HS256 token whose HMAC key is the encoded RSA public key (the
	 * algorithm-confusion attack).
	 * @param userId the subject
	 * @return the compact JWT
	 */
	public String hs256WithPublicKeyToken(UUID userId) {
		try {
			return hmac(userId, this.current.toRSAPublicKey().getEncoded());
		}
		catch (JOSEException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * An unsecured token ({@code alg: none}).
	 * @param userId the subject
	 * @return the compact JWT
	 */
	public String algNoneToken(UUID userId) {
		return new PlainJWT(claims(userId, Role.ADMIN).build()).serialize();
	}

	/**
	 * A valid token whose payload was changed after signing (roles raised to ADMIN).
	 * @param userId the subject
	 * @return the compact JWT
	 */
	public String tamperedToken(UUID userId) {
		String[] parts = token(userId, Role.VIEWER).split("\\.");
		String forged = claims(userId, Role.ADMIN).build().toString();
		parts[1] = Base64.getUrlEncoder().withoutPadding().encodeToString(forged.getBytes(StandardCharsets.UTF_8));
		return String.join(".", parts);
	}

	/**
	 * A token signed by a key that is not (and never will be) in the JWKS, with an
	 * unknown {@code kid}.
	 * @param userId the subject
	 * @return the compact JWT
	 */
	public String unknownKeyToken(UUID userId) {
		return sign(generateKey(), claims(userId, Role.VIEWER).build());
	}

	/**
	 * Rotate: a new key is published in the JWKS (old ones stay) and signs all further
	 * tokens.
	 * @return the new key id
	 */
	public synchronized String rotateKey() {
		RSAKey next = generateKey();
		this.published.add(next);
		this.current = next;
		return next.getKeyID();
	}

	private synchronized String jwks() {
		return new JWKSet(new ArrayList<>(this.published)).toPublicJWKSet().toString();
	}

	private static JWTClaimsSet.Builder claims(UUID userId, Role... roles) {
		Instant now = Instant.now();
		return new JWTClaimsSet.Builder().subject(userId.toString())
			.issuer(ISSUER)
			.audience(AUDIENCE)
			.issueTime(Date.from(now))
			.expirationTime(Date.from(now.plus(LIFETIME)))
			.jwtID(UUID.randomUUID().toString())
			.claim("roles", Arrays.stream(roles).map(Role::name).toList());
	}

	private String hmac(UUID userId, byte[] secret) {
		try {
			SignedJWT jwt = new SignedJWT(
					new JWSHeader.Builder(JWSAlgorithm.HS256).keyID(this.current.getKeyID()).build(),
					claims(userId, Role.ADMIN).build());
			jwt.sign(new MACSigner(secret));
			return jwt.serialize();
		}
		catch (JOSEException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String sign(RSAKey key, JWTClaimsSet claims) {
		try {
			JWSSigner signer = new RSASSASigner(key);
			SignedJWT jwt = new SignedJWT(
					new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).type(JOSEObjectType.JWT).build(),
					claims);
			jwt.sign(signer);
			return jwt.serialize();
		}
		catch (JOSEException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private RSAKey generateKey() {
		try {
			return new RSAKeyGenerator(2048).keyUse(KeyUse.SIGNATURE)
				.algorithm(JWSAlgorithm.RS256)
				.keyID("test-key-" + this.keyIds.incrementAndGet() + "-" + UUID.randomUUID())
				.generate();
		}
		catch (JOSEException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Override
	public void close() {
		this.server.stop(0);
	}

}
