package io.streamhub.users.token;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import reactor.core.publisher.Mono;

/**
 * The RSA keys that sign access tokens: the current one (with its private half) and the
 * previous one, whose public half stays in the JWKS so that tokens it signed keep
 * verifying after a rotation.
 */
public interface SigningKeys {

	/**
	 * The key that signs new tokens.
	 * @return the current key, private half included
	 */
	RSAKey current();

	/**
	 * The public keys to publish: current first, then the previous one (if any).
	 * @return the public JWK set
	 */
	JWKSet publicKeys();

	/**
	 * Generates and persists a new current key; the current one becomes the previous one.
	 * Only meaningful when the key is not fixed by {@code users.jwt.private-key-pem}.
	 * @return completion
	 */
	Mono<Void> rotate();

}
