package io.streamhub.users.token;

import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateCrtKey;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import io.streamhub.users.config.UsersProperties;
import io.streamhub.users.token.SigningKeyRepository.StoredKey;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Signing keys from {@code users.jwt.private-key-pem}, or generated once and persisted in
 * {@code signing_key} so that restarts keep tokens valid. The newest stored key other
 * than the current one is the previous key. Loaded at start-up, after the migrations.
 */
@Component
@DependsOnDatabaseInitialization
class DefaultSigningKeys implements SigningKeys, InitializingBean {

	private static final Duration LOAD_TIMEOUT = Duration.ofSeconds(30);

	private static final int RSA_BITS = 2048;

	private final SigningKeyRepository repository;

	private final UsersProperties properties;

	private final Clock clock;

	private volatile @Nullable State state;

	DefaultSigningKeys(SigningKeyRepository repository, UsersProperties properties, Clock clock) {
		this.repository = repository;
		this.properties = properties;
		this.clock = clock;
	}

	@Override
	public void afterPropertiesSet() {
		load().block(LOAD_TIMEOUT);
	}

	@Override
	public RSAKey current() {
		return state().current();
	}

	@Override
	public JWKSet publicKeys() {
		return state().publicKeys();
	}

	@Override
	public Mono<Void> rotate() {
		return store(generate()).then(load());
	}

	private State state() {
		State current = this.state;
		if (current == null) {
			throw new IllegalStateException("Signing keys are not loaded yet");
		}
		return current;
	}

	private Mono<Void> load() {
		String pem = this.properties.getJwt().getPrivateKeyPem();
		Mono<Void> ensureCurrent = StringUtils.hasText(pem) ? store(configured(pem)) : ensureGenerated();
		return ensureCurrent.then(this.repository.newestFirst(2).collectList())
			.map(this::toState)
			.doOnNext((loaded) -> {
				this.state = loaded;
			})
			.then();
	}

	private Mono<Void> ensureGenerated() {
		return this.repository.newestFirst(1)
			.filter((key) -> key.privateKeyPem() != null)
			.hasElements()
			.flatMap((present) -> present ? Mono.<Void>empty() : store(generate()));
	}

	private State toState(List<StoredKey> newestFirst) {
		String pem = this.properties.getJwt().getPrivateKeyPem();
		RSAKey current = StringUtils.hasText(pem) ? configured(pem) : fromStored(newestFirst.get(0));
		List<JWK> published = new ArrayList<>();
		published.add(current.toPublicJWK());
		newestFirst.stream()
			.filter((key) -> !key.kid().equals(current.getKeyID()))
			.findFirst()
			.map(this::publicOf)
			.ifPresent(published::add);
		return new State(current, new JWKSet(published));
	}

	private Mono<Void> store(RSAKey key) {
		RSAPrivateCrtKey privateKey = privateOf(key);
		boolean generated = !StringUtils.hasText(this.properties.getJwt().getPrivateKeyPem());
		String pem = generated ? RsaPem.write(privateKey) : null;
		StoredKey stored = new StoredKey(key.getKeyID(), key.toPublicJWK().toJSONString(), pem);
		return this.repository.insertIfAbsent(stored, this.clock.instant());
	}

	private RSAKey configured(String pem) {
		return build(RsaPem.readPrivate(pem));
	}

	private RSAKey fromStored(StoredKey stored) {
		String pem = stored.privateKeyPem();
		if (pem == null) {
			throw new IllegalStateException(
					"The newest signing key has no private half; set users.jwt.private-key-pem");
		}
		return build(RsaPem.readPrivate(pem));
	}

	private JWK publicOf(StoredKey stored) {
		try {
			return JWK.parse(stored.publicJwk());
		}
		catch (ParseException ex) {
			throw new IllegalStateException("Corrupt public key " + stored.kid(), ex);
		}
	}

	private static RSAKey generate() {
		try {
			KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
			generator.initialize(RSA_BITS);
			return build((RSAPrivateCrtKey) generator.generateKeyPair().getPrivate());
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static RSAKey build(RSAPrivateCrtKey privateKey) {
		try {
			RSAKey withoutId = new RSAKey.Builder(RsaPem.publicOf(privateKey)).privateKey(privateKey).build();
			return new RSAKey.Builder(withoutId).keyUse(KeyUse.SIGNATURE)
				.algorithm(JWSAlgorithm.RS256)
				.keyID(withoutId.computeThumbprint().toString())
				.build();
		}
		catch (JOSEException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static RSAPrivateCrtKey privateOf(RSAKey key) {
		try {
			return (RSAPrivateCrtKey) key.toRSAPrivateKey();
		}
		catch (JOSEException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private record State(RSAKey current, JWKSet publicKeys) {
	}

}
