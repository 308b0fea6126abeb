package io.streamhub.users.token;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.streamhub.platform.test.GraphQlClient;
import io.streamhub.users.support.TestAccounts;
import io.streamhub.users.support.TestAccounts.TestUser;
import io.streamhub.users.support.UsersIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

@UsersIntegrationTest
class JwksTests {

	private static final String ME = "{ me { id } }";

	@Autowired
	WebTestClient web;

	@Autowired
	TestAccounts accounts;

	@Autowired
	SigningKeys keys;

	@Test
	void jwksIsServedAndVerifiesAnIssuedToken() throws Exception {
		TestUser user = this.accounts.create("jwks");
		String token = this.accounts.accessToken(GraphQlClient.of(this.web), user);
		SignedJWT jwt = SignedJWT.parse(token);

		JWKSet jwks = JWKSet.parse(jwks());
		RSAKey key = (RSAKey) jwks.getKeyByKeyId(jwt.getHeader().getKeyID());
		assertThat(key).isNotNull();
		assertThat(key.isPrivate()).isFalse();
		assertThat(jwt.getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.RS256);
		assertThat(jwt.verify(new RSASSAVerifier(key))).isTrue();

		JWTClaimsSet claims = jwt.getJWTClaimsSet();
		assertThat(claims.getSubject()).isEqualTo(user.id().toString());
		assertThat(claims.getStringListClaim("roles")).containsExactly("VIEWER");
		assertThat(claims.getJWTID()).isNotBlank();
		assertThat(claims.getIssuer()).isEqualTo("https://streamhub.local");
		assertThat(claims.getAudience()).containsExactly("streamhub");
		Duration lifetime = Duration.between(claims.getIssueTime().toInstant(), claims.getExpirationTime().toInstant());
		assertThat(lifetime).isEqualTo(Duration.ofMinutes(15));
	}

	@Test
	void expiredTokenIsUnauthenticated() throws Exception {
		String expired = sign(this.keys.current(), Instant.now().minus(Duration.ofMinutes(20)),
				Instant.now().minus(Duration.ofMinutes(5)));
		assertThat(GraphQlClient.of(this.web).withToken(expired).execute(ME).errorCode()).isEqualTo("UNAUTHENTICATED");
	}

	@Test
	void tokenSignedByAnotherKeyIsUnauthenticated() throws Exception {
		RSAKey stranger = new RSAKeyGenerator(2048).keyID(this.keys.current().getKeyID()).generate();
		String forged = sign(stranger, Instant.now(), Instant.now().plus(Duration.ofMinutes(5)));
		assertThat(GraphQlClient.of(this.web).withToken(forged).execute(ME).errorCode()).isEqualTo("UNAUTHENTICATED");
	}

	@Test
	void rotationKeepsThePreviousKeyInTheJwksAndItsTokensValid() throws Exception {
		TestUser user = this.accounts.create("rotate");
		GraphQlClient client = GraphQlClient.of(this.web);
		String before = this.accounts.accessToken(client, user);
		String previousKid = this.keys.current().getKeyID();

		this.keys.rotate().block(Duration.ofSeconds(10));

		String currentKid = this.keys.current().getKeyID();
		assertThat(currentKid).isNotEqualTo(previousKid);
		List<String> kids = JWKSet.parse(jwks()).getKeys().stream().map((key) -> key.getKeyID()).toList();
		assertThat(kids).containsExactly(currentKid, previousKid);
		assertThat((String) client.withToken(before).execute(ME).assertNoErrors().data("me.id"))
			.isEqualTo(user.id().toString());
		String after = this.accounts.accessToken(client, user);
		assertThat(SignedJWT.parse(after).getHeader().getKeyID()).isEqualTo(currentKid);
	}

	private String jwks() {
		return this.web.get()
			.uri("/.well-known/jwks.json")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
	}

	private static String sign(RSAKey key, Instant issuedAt, Instant expiresAt) throws Exception {
		JWTClaimsSet claims = new JWTClaimsSet.Builder().subject(UUID.randomUUID().toString())
			.claim("roles", List.of("ADMIN"))
			.jwtID(UUID.randomUUID().toString())
			.issuer("https://streamhub.local")
			.audience("streamhub")
			.issueTime(Date.from(issuedAt))
			.expirationTime(Date.from(expiresAt))
			.build();
		SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), claims);
		jwt.sign(new RSASSASigner(key));
		return jwt.serialize();
	}

}
