package io.streamhub.discovery.search;

import java.util.List;

import co.elastic.clients.elasticsearch._types.FieldValue;
import io.streamhub.discovery.generated.types.SearchFilter;
import io.streamhub.discovery.generated.types.SearchSort;
import io.streamhub.platform.errors.BadUserInputException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SearchCursorTests {

	private final SearchQuery query = SearchQuery.of("cats", null, SearchSort.RELEVANCE, 10);

	@Test
	void roundTripsSortValuesOfEveryKind() {
		List<FieldValue> values = List.of(FieldValue.of(1.5), FieldValue.of(42L), FieldValue.of("a|b"));
		List<FieldValue> decoded = SearchCursor.decode(this.query, SearchCursor.encode(this.query, values));
		assertThat(decoded.get(0).doubleValue()).isEqualTo(1.5);
		assertThat(decoded.get(1).longValue()).isEqualTo(42L);
		assertThat(decoded.get(2).stringValue()).isEqualTo("a|b");
	}

	@Test
	void cursorsAreBoundToTheirSearchButNotToThePageSize() {
		String cursor = SearchCursor.encode(this.query, List.of(FieldValue.of(1.0), FieldValue.of("id")));
		assertThat(SearchCursor.decode(SearchQuery.of("cats", null, SearchSort.RELEVANCE, 50), cursor)).hasSize(2);
		assertRefused(() -> SearchCursor.decode(SearchQuery.of("dogs", null, SearchSort.RELEVANCE, 10), cursor));
		assertRefused(() -> SearchCursor.decode(SearchQuery.of("cats", null, SearchSort.NEWEST, 10), cursor));
		SearchFilter filter = new SearchFilter();
		filter.setCategory("music");
		assertRefused(() -> SearchCursor.decode(SearchQuery.of("cats", filter, SearchSort.RELEVANCE, 10), cursor));
	}

	@Test
	void garbageIsRefused() {
		assertRefused(() -> SearchCursor.decode(this.query, "%%%"));
		assertRefused(() -> SearchCursor.decode(this.query, "aGVsbG8"));
		String tampered = SearchCursor.encode(this.query, List.of(FieldValue.of(1.0))).replace('A', 'B') + "x";
		assertRefused(() -> SearchCursor.decode(this.query, tampered));
	}

	private static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
		assertThatThrownBy(call).isInstanceOf(BadUserInputException.class)
			.extracting((ex) -> ((BadUserInputException) ex).field())
			.isEqualTo("after");
	}

}
