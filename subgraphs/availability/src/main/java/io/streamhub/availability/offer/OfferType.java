package io.streamhub.availability.offer;

/**
 * How a platform offers a title (the GraphQL {@code OfferType}).
 */
public enum OfferType {

	/** Free to watch (with ads, usually); never priced. */
	FREE,

	/** Included in a subscription; the price, when known, is the subscription's. */
	SUBSCRIPTION,

	/** Rented; always priced. */
	RENT,

	/** Bought; always priced. */
	BUY;

	/**
	 * Whether offers of this type must carry a price.
	 * @return true for RENT and BUY
	 */
	public boolean priced() {
		return this == RENT || this == BUY;
	}

}
