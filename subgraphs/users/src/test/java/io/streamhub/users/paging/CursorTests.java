package io.streamhub.users.paging;

import java.time.Instant;
import java.util.UUID;

import io.streamhub.platform.errors.BadUserInputException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class CursorTests {

	@Test
	void roundTripsThroughItsOpaqueForm() {
		Cursor cursor = new Cursor(Instant.parse("2026-11-22T02:34:31.123456Z"), UUID.randomUUID());
		assertThat(Cursor.decode(cursor.encode(), "after")).isEqualTo(cursor);
	}

	@Test
	void noCursorStartsAtTheBeginning() {
		assertThat(Cursor.decode(null, "after")).isEqualTo(Cursor.START);
	}

	@Test
	void garbageIsBadUserInputNamingTheArgument() {
		assertThatExceptionOfType(BadUserInputException.class).isThrownBy(() -> Cursor.decode("%%%", "after"))
			.satisfies((ex) -> assertThat(ex.field()).isEqualTo("after"));
		assertThatExceptionOfType(BadUserInputException.class).isThrownBy(() -> Cursor.decode("bm9wZQ", "after"));
	}

	@Test
	void pageSizeIsZeroToHundred() {
		assertThat(PageRequest.of(null, null).first()).isEqualTo(20);
		assertThat(PageRequest.of(100, null).first()).isEqualTo(100);
		assertThatExceptionOfType(BadUserInputException.class).isThrownBy(() -> PageRequest.of(101, null));
		assertThatExceptionOfType(BadUserInputException.class).isThrownBy(() -> PageRequest.of(-1, null));
	}

	@Test
	void connectionUsesTheExtraRowOnlyToTellThereIsMore() {
		Connection<String> page = Connection.of(java.util.List.of("a", "b", "c"), 2,
				(edge) -> new Cursor(Instant.EPOCH, new UUID(0, edge.charAt(0))));
		assertThat(page.edges()).containsExactly("a", "b");
		assertThat(page.pageInfo().hasNextPage()).isTrue();
		assertThat(page.pageInfo().endCursor()).isEqualTo(new Cursor(Instant.EPOCH, new UUID(0, 'b')).encode());
	}

}
