package io.streamhub.platform.paging;

import java.util.UUID;

import io.streamhub.platform.errors.BadUserInputException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CursorTests {

	@Test
	void roundTripsAndRejectsCursorsOfAnotherOrdering() {
		Cursor cursor = new Cursor("MOST_VIEWED", "42", UUID.randomUUID());

		assertThat(Cursor.decode(cursor.encode(), "MOST_VIEWED", "after")).isEqualTo(cursor);
		assertThatThrownBy(() -> Cursor.decode(cursor.encode(), "NEWEST", "after"))
			.isInstanceOfSatisfying(BadUserInputException.class, (ex) -> assertThat(ex.field()).isEqualTo("after"));
		assertThatThrownBy(() -> Cursor.decode("%%%", "NEWEST", "after")).isInstanceOf(BadUserInputException.class);
	}

	@Test
	void pageSizesAreBounded() {
		assertThat(PageRequest.of(null, null, "NEWEST").first()).isEqualTo(20);
		assertThat(PageRequest.of(0, "", "NEWEST").after()).isNull();
		assertThatThrownBy(() -> PageRequest.of(101, null, "NEWEST")).isInstanceOf(BadUserInputException.class);
		assertThatThrownBy(() -> PageRequest.of(-1, null, "NEWEST")).isInstanceOf(BadUserInputException.class);
	}

}
