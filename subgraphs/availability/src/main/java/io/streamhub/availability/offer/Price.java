package io.streamhub.availability.offer;

import java.math.BigDecimal;

/**
 * A price (the GraphQL {@code Price}).
 *
 * @param amount the amount, at most 2 fraction digits
 * @param currency the ISO 4217 code
 */
public record Price(BigDecimal amount, String currency) {

	public Price {
		amount = amount.stripTrailingZeros();
		if (amount.scale() < 0) {
			amount = amount.setScale(0);
		}
	}

}
