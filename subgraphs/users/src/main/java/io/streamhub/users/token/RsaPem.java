package io.streamhub.users.token;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.util.Base64;

/**
 * Reads and writes RSA private keys as PKCS#8 PEM ("BEGIN PRIVATE KEY").
 */
final class RsaPem {

	private static final String BEGIN = "-----BEGIN PRIVATE KEY-----";

	private static final String END = "-----END PRIVATE KEY-----";

	private RsaPem() {
	}

	static String write(RSAPrivateCrtKey key) {
		String body = Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(key.getEncoded());
		return BEGIN + "\n" + body + "\n" + END + "\n";
	}

	static RSAPrivateCrtKey readPrivate(String pem) {
		int begin = pem.indexOf(BEGIN);
		int end = pem.indexOf(END);
		if (begin < 0 || end < begin) {
			throw new IllegalArgumentException("users.jwt.private-key-pem must be a PKCS#8 PEM (BEGIN PRIVATE KEY)");
		}
		String body = pem.substring(begin + BEGIN.length(), end).replaceAll("\\s", "");
		try {
			byte[] der = Base64.getDecoder().decode(body);
			return (RSAPrivateCrtKey) KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der));
		}
		catch (GeneralSecurityException | IllegalArgumentException | ClassCastException ex) {
			throw new IllegalArgumentException("users.jwt.private-key-pem is not an RSA private key", ex);
		}
	}

	static RSAPublicKey publicOf(RSAPrivateCrtKey key) {
		try {
			RSAPublicKeySpec spec = new RSAPublicKeySpec(key.getModulus(), key.getPublicExponent());
			return (RSAPublicKey) KeyFactory.getInstance("RSA").generatePublic(spec);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Cannot derive the RSA public key", ex);
		}
	}

}
