package io.streamhub.router.server.http;

import java.util.concurrent.ThreadLocalRandom;

import org.jspecify.annotations.Nullable;

/**
 * Request ids and W3C trace context. A client's {@code x-request-id} is kept when it is
 * short and made of safe characters; a valid {@code traceparent} keeps its trace id and
 * gets the router's own span id, otherwise a new trace starts.
 */
final class RequestIds {

	private static final char[] HEX = "0123456789abcdef".toCharArray();

	private RequestIds() {
	}

	static String requestId(@Nullable String offered) {
		if (offered != null && !offered.isEmpty() && offered.length() <= 64 && isSafe(offered)) {
			return offered;
		}
		// not UUID.randomUUID(): its shared SecureRandom would serialize concurrent
		// requests
		return randomHex(32);
	}

	private static boolean isSafe(String value) {
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			boolean safe = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-'
					|| c == '_' || c == '.';
			if (!safe) {
				return false;
			}
		}
		return true;
	}

	static String traceparent(@Nullable String incoming) {
		if (incoming != null && incoming.length() == 55 && incoming.startsWith("00-") && incoming.charAt(35) == '-'
				&& incoming.charAt(52) == '-' && isHex(incoming, 3, 35) && isHex(incoming, 36, 52)
				&& isHex(incoming, 53, 55) && !isZero(incoming, 3, 35)) {
			return "00-" + incoming.substring(3, 35) + "-" + randomHex(16) + "-" + incoming.substring(53);
		}
		return "00-" + randomHex(32) + "-" + randomHex(16) + "-01";
	}

	private static boolean isHex(String value, int from, int to) {
		for (int i = from; i < to; i++) {
			char c = value.charAt(i);
			if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) {
				return false;
			}
		}
		return true;
	}

	private static boolean isZero(String value, int from, int to) {
		for (int i = from; i < to; i++) {
			if (value.charAt(i) != '0') {
				return false;
			}
		}
		return true;
	}

	private static String randomHex(int length) {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		char[] chars = new char[length];
		for (int i = 0; i < length; i++) {
			chars[i] = HEX[random.nextInt(16)];
		}
		return new String(chars);
	}

}
