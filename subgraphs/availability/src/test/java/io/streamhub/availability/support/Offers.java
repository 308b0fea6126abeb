package io.streamhub.availability.support;

import java.util.UUID;

/**
 * Offers in the feed format, for {@link FakePlatform#offer} and webhook bodies.
 */
public final class Offers {

	private Offers() {
	}

	/** A priced offer. */
	public static String priced(String region, String type, String amount, String currency) {
		return "{\"region\":\"" + region + "\",\"type\":\"" + type + "\",\"url\":\"https://watch.example/" + region
				+ "\",\"price\":{\"amount\":" + amount + ",\"currency\":\"" + currency + "\"}}";
	}

	/** An offer without a price. */
	public static String free(String region, String type) {
		return "{\"region\":\"" + region + "\",\"type\":\"" + type + "\",\"url\":\"https://watch.example/" + region
				+ "\"}";
	}

	/** A feed document / webhook body for one video. */
	public static String document(UUID videoId, String... offers) {
		return "{\"titles\":[{\"videoId\":\"" + videoId + "\",\"offers\":[" + String.join(",", offers) + "]}]}";
	}

}
