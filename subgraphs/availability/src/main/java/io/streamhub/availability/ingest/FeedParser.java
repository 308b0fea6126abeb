package io.streamhub.availability.ingest;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import io.streamhub.platform.ids.Ids;
import io.streamhub.availability.offer.OfferInput;
import io.streamhub.availability.offer.OfferType;
import io.streamhub.availability.offer.Price;
import io.streamhub.availability.offer.TitleSnapshot;
import io.streamhub.platform.errors.BadUserInputException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the feed format (feed responses and webhook bodies): <pre>{@code
 * {"titles": [{"videoId": "<uuid>", "offers": [{"region": "US", "type": "RENT",
 *   "url": "https://...", "price": {"amount": 3.99, "currency": "USD"}}]}]}
 * }</pre> Each title lists everything the platform offers of the video, in every region.
 * Strict parsing (webhooks) refuses the whole document for one invalid title; lenient
 * parsing (feeds) drops invalid titles with a warning, so that one bad record does not
 * withdraw anything nor stop the rest.
 */
final class FeedParser {

	private static final Logger logger = LoggerFactory.getLogger(FeedParser.class);

	private static final ObjectMapper JSON = JsonMapper.builder().build();

	private FeedParser() {
	}

	static List<TitleSnapshot> parse(byte[] body, boolean strict) {
		JsonNode titles = root(body).get("titles");
		if (titles == null || !titles.isArray()) {
			throw new FeedFormatException("titles: must be an array");
		}
		List<TitleSnapshot> snapshots = new ArrayList<>();
		for (int i = 0; i < titles.size(); i++) {
			Optional<TitleSnapshot> title = title(titles.get(i), i, strict);
			title.ifPresent(snapshots::add);
		}
		return snapshots;
	}

	private static JsonNode root(byte[] body) {
		try {
			JsonNode root = JSON.readTree(body);
			if (root == null || !root.isObject()) {
				throw new FeedFormatException("the document must be a JSON object");
			}
			return root;
		}
		catch (JacksonException ex) {
			throw new FeedFormatException("not JSON");
		}
	}

	private static Optional<TitleSnapshot> title(JsonNode node, int index, boolean strict) {
		try {
			return Optional.of(title(node, index));
		}
		catch (FeedFormatException ex) {
			if (strict) {
				throw ex;
			}
			logger.warn("Skipping an invalid feed title: {}", ex.getMessage());
			return Optional.empty();
		}
	}

	private static TitleSnapshot title(JsonNode node, int index) {
		String path = "titles[" + index + "]";
		UUID videoId = Ids.tryParse(text(node.get("videoId")))
			.orElseThrow(() -> new FeedFormatException(path + ".videoId: must be a UUID"));
		JsonNode offers = node.get("offers");
		if (offers == null || !offers.isArray()) {
			throw new FeedFormatException(path + ".offers: must be an array");
		}
		List<OfferInput> inputs = new ArrayList<>();
		for (int i = 0; i < offers.size(); i++) {
			inputs.add(offer(offers.get(i), path + ".offers[" + i + "]"));
		}
		return new TitleSnapshot(videoId, inputs);
	}

	private static OfferInput offer(JsonNode node, String path) {
		try {
			String type = text(node.get("type"));
			return new OfferInput(String.valueOf(text(node.get("region"))), offerType(type, path),
					text(node.get("url")), price(node.get("price"), path));
		}
		catch (BadUserInputException ex) {
			throw new FeedFormatException(path + ": " + ex.getMessage());
		}
	}

	private static OfferType offerType(@Nullable String type, String path) {
		try {
			return OfferType.valueOf(String.valueOf(type).toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new FeedFormatException(path + ".type: one of FREE, SUBSCRIPTION, RENT, BUY");
		}
	}

	private static @Nullable Price price(@Nullable JsonNode node, String path) {
		if (node == null || node.isNull()) {
			return null;
		}
		String amount = text(node.get("amount"));
		String currency = text(node.get("currency"));
		if (amount == null || currency == null) {
			throw new FeedFormatException(path + ".price: needs amount and currency");
		}
		try {
			return new Price(new BigDecimal(amount), currency);
		}
		catch (NumberFormatException ex) {
			throw new FeedFormatException(path + ".price.amount: not a number");
		}
	}

	private static @Nullable String text(@Nullable JsonNode node) {
		if (node == null || node.isNull() || node.isContainer()) {
			return null;
		}
		return node.asString();
	}

}
