package io.streamhub.availability.offer;

import java.math.BigDecimal;
import java.util.regex.Pattern;

import io.streamhub.availability.platforms.PlatformService;
import io.streamhub.platform.errors.BadUserInputException;
import org.jspecify.annotations.Nullable;

/**
 * What a platform (feed, webhook) or an admin says of one region: validated on
 * construction ({@link BadUserInputException} naming the field).
 *
 * @param region ISO 3166-1 alpha-2, upper case
 * @param offerType how it is offered
 * @param url where to watch it
 * @param price required for RENT and BUY, refused for FREE
 */
public record OfferInput(String region, OfferType offerType, @Nullable String url, @Nullable Price price) {

	private static final Pattern REGION = Pattern.compile("[A-Z]{2}");

	private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");

	private static final BigDecimal MAX_AMOUNT = new BigDecimal("1000000");

	public OfferInput {
		region(region, "region");
		PlatformService.url(url, "url");
		if (offerType.priced() && price == null) {
			throw new BadUserInputException("price", offerType + " offers need a price");
		}
		if (offerType == OfferType.FREE && price != null) {
			throw new BadUserInputException("price", "FREE offers have no price");
		}
		if (price != null) {
			validate(price);
		}
	}

	/**
	 * Validates a region code.
	 * @param region the value
	 * @param field the argument name, reported in the error
	 * @return the region
	 */
	public static String region(@Nullable String region, String field) {
		if (region == null || !REGION.matcher(region).matches()) {
			throw new BadUserInputException(field, "Must be an ISO 3166-1 alpha-2 code in upper case, e.g. US");
		}
		return region;
	}

	private static void validate(Price price) {
		BigDecimal amount = price.amount();
		if (amount.signum() < 0 || amount.scale() > 2 || amount.compareTo(MAX_AMOUNT) >= 0) {
			throw new BadUserInputException("price.amount", "Must be 0 to 999999.99 with at most 2 decimals");
		}
		if (!CURRENCY.matcher(price.currency()).matches()) {
			throw new BadUserInputException("price.currency", "Must be an ISO 4217 code, e.g. USD");
		}
	}

}
