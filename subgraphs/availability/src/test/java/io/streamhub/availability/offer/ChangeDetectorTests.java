package io.streamhub.availability.offer;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ChangeDetectorTests {

	private static final UUID VIDEO = UUID.randomUUID();

	private static final UUID PLATFORM = UUID.randomUUID();

	private static final Instant BEFORE = Instant.parse("2026-11-01T00:00:00Z");

	private static final Instant NOW = Instant.parse("2026-11-22T00:00:00Z");

	@Test
	void aRegionNewlyOfferedIsAdded() {
		ChangeDetector.Detection detection = detect(List.of(), input("US", OfferType.RENT, "3.99"));

		assertThat(detection.changes()).extracting(AvailabilityChange::kind).containsExactly(ChangeKind.ADDED);
		assertThat(detection.writes()).singleElement().satisfies((offer) -> {
			assertThat(offer.available()).isTrue();
			assertThat(offer.lastVerifiedAt()).isEqualTo(NOW);
		});
	}

	@Test
	void aNewPriceOrOfferTypeIsAPriceChangeButANewUrlIsNot() {
		Offer known = offer("US", true, OfferType.RENT, "3.99", "https://a.example/1");

		assertThat(detect(List.of(known), input("US", OfferType.RENT, "4.99")).changes())
			.extracting(AvailabilityChange::kind)
			.containsExactly(ChangeKind.PRICE_CHANGED);
		assertThat(detect(List.of(known), input("US", OfferType.BUY, "3.99")).changes())
			.extracting(AvailabilityChange::kind)
			.containsExactly(ChangeKind.PRICE_CHANGED);
		assertThat(detect(List.of(known), new OfferInput("US", OfferType.RENT, "https://a.example/2", price("3.990")))
			.changes()).as("same terms, other url").isEmpty();
	}

	@Test
	void aRegionNoLongerListedIsRemovedAndKeptAsUnavailable() {
		Offer us = offer("US", true, OfferType.SUBSCRIPTION, null, null);
		Offer gb = offer("GB", true, OfferType.SUBSCRIPTION, null, null);

		ChangeDetector.Detection detection = detect(List.of(us, gb), input("US", OfferType.SUBSCRIPTION, null));

		assertThat(detection.changes()).singleElement().satisfies((change) -> {
			assertThat(change.kind()).isEqualTo(ChangeKind.REMOVED);
			assertThat(change.offer().region()).isEqualTo("GB");
			assertThat(change.offer().available()).isFalse();
			assertThat(change.offer().offerType()).isEqualTo(OfferType.SUBSCRIPTION);
		});
		assertThat(detection.writes()).hasSize(2);
	}

	@Test
	void aWithdrawnOfferOfferedAgainIsAddedAndOneStillAbsentIsNoChange() {
		Offer withdrawn = offer("US", false, OfferType.RENT, "3.99", null);

		assertThat(detect(List.of(withdrawn)).changes()).isEmpty();
		assertThat(detect(List.of(withdrawn), input("US", OfferType.RENT, "3.99")).changes())
			.extracting(AvailabilityChange::kind)
			.containsExactly(ChangeKind.ADDED);
	}

	@Test
	void regionsOutsideTheScopeAreLeftAlone() {
		Offer gb = offer("GB", true, OfferType.FREE, null, null);

		ChangeDetector.Detection detection = ChangeDetector.detect(List.of(gb), PLATFORM,
				new TitleSnapshot(VIDEO, List.of()), "US"::equals, NOW);

		assertThat(detection.changes()).isEmpty();
		assertThat(detection.writes()).isEmpty();
	}

	@Test
	void theFirstOfferOfARepeatedRegionWins() {
		ChangeDetector.Detection detection = detect(List.of(), input("US", OfferType.RENT, "3.99"),
				input("US", OfferType.BUY, "9.99"));

		assertThat(detection.writes()).singleElement().extracting(Offer::offerType).isEqualTo(OfferType.RENT);
	}

	private static ChangeDetector.Detection detect(List<Offer> known, OfferInput... inputs) {
		return ChangeDetector.detect(known, PLATFORM, new TitleSnapshot(VIDEO, List.of(inputs)), (region) -> true, NOW);
	}

	private static OfferInput input(String region, OfferType type, String amount) {
		return new OfferInput(region, type, null, (amount != null) ? price(amount) : null);
	}

	private static Offer offer(String region, boolean available, OfferType type, String amount, String url) {
		return new Offer(VIDEO, PLATFORM, region, available, type, url, (amount != null) ? price(amount) : null,
				BEFORE);
	}

	private static Price price(String amount) {
		return new Price(new BigDecimal(amount), "USD");
	}

}
