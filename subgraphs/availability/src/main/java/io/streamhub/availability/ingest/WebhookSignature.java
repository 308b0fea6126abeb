package io.streamhub.availability.ingest;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.jspecify.annotations.Nullable;

/**
 * The webhook signature: {@code X-StreamHub-Signature: sha256=<hex>}, the HMAC-SHA256
 * with the platform's secret of {@code <timestamp>.<body>}, where the timestamp is
 * {@code X-StreamHub-Timestamp} (Unix seconds). Compared in constant time; a timestamp
 * further than the tolerance from now is stale.
 */
public final class WebhookSignature {

	/** The signature header. */
	public static final String SIGNATURE_HEADER = "X-StreamHub-Signature";

	/** The timestamp header (Unix seconds). */
	public static final String TIMESTAMP_HEADER = "X-StreamHub-Timestamp";

	/** The delivery id header (unique per delivery; replays are refused). */
	public static final String DELIVERY_HEADER = "X-StreamHub-Delivery";

	private static final String PREFIX = "sha256=";

	private WebhookSignature() {
	}

	/**
	 * Signs a delivery (what a platform does).
	 * @param secret the shared secret
	 * @param timestamp the timestamp header value
	 * @param body the body
	 * @return the signature header value
	 */
	public static String sign(String secret, String timestamp, byte[] body) {
		return PREFIX + HexFormat.of().formatHex(mac(secret, timestamp, body));
	}

	/**
	 * Whether a signature is valid.
	 * @param secret the shared secret
	 * @param timestamp the timestamp header value
	 * @param signature the signature header value
	 * @param body the body
	 * @return whether the signature matches
	 */
	static boolean valid(String secret, @Nullable String timestamp, @Nullable String signature, byte[] body) {
		if (secret.isEmpty() || timestamp == null || signature == null || !signature.startsWith(PREFIX)) {
			return false;
		}
		byte[] given;
		try {
			given = HexFormat.of().parseHex(signature.substring(PREFIX.length()));
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
		return MessageDigest.isEqual(mac(secret, timestamp, body), given);
	}

	/**
	 * Whether a timestamp is within the tolerance of now.
	 * @param timestamp the timestamp header value
	 * @param now now
	 * @param tolerance the tolerance
	 * @return whether it is fresh
	 */
	static boolean fresh(@Nullable String timestamp, Instant now, Duration tolerance) {
		try {
			Instant at = Instant.ofEpochSecond(Long.parseLong(String.valueOf(timestamp)));
			return Duration.between(at, now).abs().compareTo(tolerance) <= 0;
		}
		catch (NumberFormatException | DateTimeException ex) {
			return false;
		}
	}

	private static byte[] mac(String secret, String timestamp, byte[] body) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
			mac.update(timestamp.getBytes(StandardCharsets.UTF_8));
			mac.update((byte) '.');
			return mac.doFinal(body);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HmacSHA256 is not available", ex);
		}
	}

}
