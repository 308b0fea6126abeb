package io.streamhub.videos.playback;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * HMAC-SHA256 signatures of playback paths. The signed text is
 * {@code <videoId>\n<path>\n<expires epoch seconds>}; signatures are base64url without
 * padding and compared in constant time.
 */
final class PlaybackSigner {

	private static final String ALGORITHM = "HmacSHA256";

	private final SecretKeySpec key;

	PlaybackSigner(byte[] secret) {
		if (secret.length == 0) {
			throw new IllegalArgumentException("The playback secret must not be empty");
		}
		this.key = new SecretKeySpec(secret.clone(), ALGORITHM);
	}

	/**
	 * The signature of a path under a video's directory.
	 * @param videoId the video
	 * @param path the path under {@code videos/<id>/}
	 * @param expires until when the URL is valid
	 * @return base64url text
	 */
	String sign(UUID videoId, String path, Instant expires) {
		return sign(videoId + "\n" + path + "\n" + expires.getEpochSecond());
	}

	/**
	 * The signature of an object key for a CDN path: {@code <key>\n<expires>}.
	 * @param key the object key
	 * @param expires until when the URL is valid
	 * @return base64url text
	 */
	String signKey(String key, Instant expires) {
		return sign(key + "\n" + expires.getEpochSecond());
	}

	/**
	 * Whether a signature is valid and not expired.
	 * @param videoId the video
	 * @param path the path under {@code videos/<id>/}
	 * @param expires the {@code expires} parameter (epoch seconds)
	 * @param signature the {@code sig} parameter
	 * @param now the current time
	 * @return true when the URL may be served
	 */
	boolean verify(UUID videoId, String path, long expires, String signature, Instant now) {
		if (now.getEpochSecond() > expires) {
			return false;
		}
		byte[] expected = sign(videoId, path, Instant.ofEpochSecond(expires)).getBytes(StandardCharsets.US_ASCII);
		return MessageDigest.isEqual(expected, signature.getBytes(StandardCharsets.US_ASCII));
	}

	private String sign(String text) {
		try {
			Mac mac = Mac.getInstance(ALGORITHM);
			mac.init(this.key);
			byte[] digest = mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
			return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HmacSHA256 is not available", ex);
		}
	}

}
