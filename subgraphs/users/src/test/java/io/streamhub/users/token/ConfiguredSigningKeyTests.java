package io.streamhub.users.token;

import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateCrtKey;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import com.nimbusds.jose.jwk.JWK;
import io.streamhub.users.config.UsersProperties;
import io.streamhub.users.support.UsersIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code users.jwt.private-key-pem}: instances built by hand on the context's database
 * (their rows are removed afterwards so the context's own keys are unaffected).
 */
@UsersIntegrationTest
class ConfiguredSigningKeyTests {

	@Autowired
	SigningKeyRepository repository;

	@Autowired
	DatabaseClient db;

	private final List<String> created = new ArrayList<>();

	@AfterEach
	void removeRows() {
		this.db.sql("DELETE FROM signing_key WHERE kid = ANY(:kids)")
			.bind("kids", this.created.toArray(String[]::new))
			.then()
			.block(Duration.ofSeconds(10));
	}

	@Test
	void aConfiguredKeySignsAndIsNeverStoredWithItsPrivateHalf() throws Exception {
		DefaultSigningKeys keys = configured(newPem());
		assertThat(keys.current().isPrivate()).isTrue();
		String privatePem = this.db.sql("SELECT private_key_pem FROM signing_key WHERE kid = :kid")
			.bind("kid", keys.current().getKeyID())
			.map((row, meta) -> String.valueOf(row.get(0, String.class)))
			.one()
			.block(Duration.ofSeconds(10));
		assertThat(privatePem).isEqualTo("null");
	}

	@Test
	void changingTheConfiguredKeyKeepsThePreviousOneInTheJwks() throws Exception {
		DefaultSigningKeys first = configured(newPem());
		DefaultSigningKeys second = configured(newPem());
		List<String> kids = second.publicKeys().getKeys().stream().map(JWK::getKeyID).toList();
		assertThat(kids).containsExactly(second.current().getKeyID(), first.current().getKeyID());
		assertThat(second.publicKeys().getKeys()).noneMatch(JWK::isPrivate);
	}

	private DefaultSigningKeys configured(String pem) {
		UsersProperties properties = new UsersProperties();
		properties.getJwt().setPrivateKeyPem(pem);
		DefaultSigningKeys keys = new DefaultSigningKeys(this.repository, properties, Clock.systemUTC());
		keys.afterPropertiesSet();
		this.created.add(keys.current().getKeyID());
		return keys;
	}

	private static String newPem() throws Exception {
		KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
		generator.initialize(2048);
		return RsaPem.write((RSAPrivateCrtKey) generator.generateKeyPair().getPrivate());
	}

}
