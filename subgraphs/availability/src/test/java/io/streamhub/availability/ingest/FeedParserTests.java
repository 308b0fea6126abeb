package io.streamhub.availability.ingest;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import io.streamhub.availability.offer.OfferType;
import io.streamhub.availability.offer.TitleSnapshot;
import io.streamhub.availability.support.Offers;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FeedParserTests {

	@Test
	void readsTitlesAndOffers() {
		UUID video = UUID.randomUUID();
		String body = Offers.document(video, Offers.priced("US", "rent", "3.99", "USD"),
				Offers.free("GB", "SUBSCRIPTION"));

		List<TitleSnapshot> titles = FeedParser.parse(bytes(body), true);

		assertThat(titles).singleElement().satisfies((title) -> {
			assertThat(title.videoId()).isEqualTo(video);
			assertThat(title.offers()).hasSize(2);
			assertThat(title.offers().get(0).offerType()).isEqualTo(OfferType.RENT);
			assertThat(title.offers().get(0).price().amount()).isEqualByComparingTo(new BigDecimal("3.99"));
			assertThat(title.offers().get(1).price()).isNull();
		});
	}

	@Test
	void strictParsingRefusesADocumentWithOneInvalidTitleAndLenientParsingDropsIt() {
		String body = "{\"titles\":[" + title(UUID.randomUUID(), Offers.priced("US", "RENT", "3.99", "USD")) + ","
				+ title(UUID.randomUUID(), Offers.free("US", "RENT")) + "]}";

		assertThatThrownBy(() -> FeedParser.parse(bytes(body), true)).isInstanceOf(FeedFormatException.class)
			.hasMessageContaining("titles[1].offers[0]");
		assertThat(FeedParser.parse(bytes(body), false)).hasSize(1);
	}

	@Test
	void refusesWhatIsNotTheFeedFormat() {
		for (String body : List.of("not json", "[]", "{}", "{\"titles\":{}}",
				"{\"titles\":[{\"videoId\":\"nope\",\"offers\":[]}]}",
				"{\"titles\":[" + title(UUID.randomUUID(), Offers.free("usa", "FREE")) + "]}",
				"{\"titles\":[" + title(UUID.randomUUID(), Offers.free("US", "STREAM")) + "]}",
				"{\"titles\":[" + title(UUID.randomUUID(), Offers.priced("US", "BUY", "1.999", "USD")) + "]}",
				"{\"titles\":[" + title(UUID.randomUUID(), Offers.priced("US", "BUY", "-1", "USD")) + "]}",
				"{\"titles\":[" + title(UUID.randomUUID(), Offers.priced("US", "BUY", "1", "dollars")) + "]}")) {
			assertThatThrownBy(() -> FeedParser.parse(bytes(body), true)).as(body)
				.isInstanceOf(FeedFormatException.class);
		}
	}

	private static String title(UUID video, String offer) {
		return "{\"videoId\":\"" + video + "\",\"offers\":[" + offer + "]}";
	}

	private static byte[] bytes(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

}
