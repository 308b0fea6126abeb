package io.streamhub.realtime;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.streamhub.platform.test.TestTokens;
import io.streamhub.realtime.support.TestSocket;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * graphql-transport-ws, one test per rule of notes/realtime.md, with a raw WebSocket
 * client.
 */
class ProtocolTests extends GatewayTestBase {

	private static final String STATUS = "subscription($id: ID!) { videoStatusChanged(videoId: $id) { id status } }";

	@Test
	void legacyGraphqlWsSubprotocolIsRefusedWith4406() {
		try (TestSocket socket = TestSocket.open(this.port, "graphql-ws")) {
			assertThat(socket.awaitClose().code()).isEqualTo(4406);
		}
	}

	@Test
	void missingSubprotocolIsRefusedWith4406() {
		try (TestSocket socket = TestSocket.open(this.port, new String[0])) {
			assertThat(socket.awaitClose().code()).isEqualTo(4406);
		}
	}

	@Test
	void anonymousInitIsAcknowledgedWithTheNegotiatedSubprotocol() {
		try (TestSocket socket = TestSocket.acknowledged(this.port, null)) {
			assertThat(socket.protocol()).isEqualTo("graphql-transport-ws");
		}
	}

	@Test
	void validTokenIsAcknowledged() {
		try (TestSocket socket = TestSocket.acknowledged(this.port, token(UUID.randomUUID()))) {
			assertThat(socket.isOpen()).isTrue();
		}
	}

	@Test
	void invalidTokenIsRejectedWith4403() {
		try (TestSocket socket = TestSocket.open(this.port)) {
			socket.init(TestTokens.shared().expiredToken(UUID.randomUUID()));
			assertThat(socket.awaitClose().code()).isEqualTo(4403);
		}
		try (TestSocket socket = TestSocket.open(this.port)) {
			socket.init(TestTokens.shared().algNoneToken(UUID.randomUUID()));
			assertThat(socket.awaitClose().code()).isEqualTo(4403);
		}
	}

	@Test
	void noInitWithinTheTimeoutClosesWith4408() {
		try (TestSocket socket = TestSocket.open(this.port)) {
			TestSocket.Close close = socket.awaitClose();
			assertThat(close.code()).isEqualTo(4408);
			assertThat(close.reason()).contains("timeout");
		}
	}

	@Test
	void secondInitClosesWith4429() {
		try (TestSocket socket = TestSocket.acknowledged(this.port, null)) {
			socket.init(null);
			assertThat(socket.awaitClose().code()).isEqualTo(4429);
		}
	}

	@Test
	void pingIsAnsweredWithPongEchoingThePayload() {
		try (TestSocket socket = TestSocket.acknowledged(this.port, null)) {
			socket.send(Map.of("type", "ping", "payload", Map.of("seq", 7)));
			assertThat(socket.next()).isEqualTo(Map.of("type", "pong", "payload", Map.of("seq", 7)));
			socket.send(Map.of("type", "ping"));
			assertThat(socket.next()).isEqualTo(Map.of("type", "pong"));
		}
	}

	@Test
	void subscribeBeforeAckClosesWith4401() {
		try (TestSocket socket = TestSocket.open(this.port)) {
			socket.subscribe("1", STATUS, Map.of("id", newId()));
			assertThat(socket.awaitClose().code()).isEqualTo(4401);
		}
	}

	@Test
	void duplicateActiveIdClosesWith4409() {
		try (TestSocket socket = TestSocket.acknowledged(this.port, null)) {
			socket.subscribe("same", STATUS, Map.of("id", newId()));
			socket.subscribe("same", STATUS, Map.of("id", newId()));
			TestSocket.Close close = socket.awaitClose();
			assertThat(close.code()).isEqualTo(4409);
			assertThat(close.reason()).isEqualTo("Subscriber for same already exists");
		}
	}

	@Test
	void idMayBeReusedAfterTheClientCompletedIt() {
		try (TestSocket socket = TestSocket.acknowledged(this.port, null)) {
			socket.subscribe("again", STATUS, Map.of("id", newId()));
			socket.complete("again");
			socket.subscribe("again", STATUS, Map.of("id", newId()));
			socket.send(Map.of("type", "ping"));
			assertThat(socket.next()).containsEntry("type", "pong");
			assertThat(socket.isOpen()).isTrue();
		}
	}

	@Test
	void invalidOperationGetsAnErrorWithoutCompleteAndTheSocketStaysOpen() {
		try (TestSocket socket = TestSocket.acknowledged(this.port, null)) {
			socket.subscribe("bad", "subscription { videoStatusChanged(videoId: \"x\") { nope } }", Map.of());
			Map<String, Object> error = socket.next();
			assertThat(error).containsEntry("type", "error").containsEntry("id", "bad");
			assertThat(codes(error)).containsExactly("BAD_USER_INPUT");
			socket.send(Map.of("type", "ping"));
			assertThat(socket.next()).containsEntry("type", "pong");
		}
	}

	@Test
	void invalidArgumentNamesTheField() {
		try (TestSocket socket = TestSocket.acknowledged(this.port, null)) {
			socket.subscribe("bad", STATUS, Map.of("id", "not-a-uuid"));
			Map<String, Object> error = socket.next();
			assertThat(codes(error)).containsExactly("BAD_USER_INPUT");
			assertThat(error.toString()).contains("videoStatusChanged(videoId)");
		}
	}

	@Test
	void queryOverTheSocketGetsNextThenComplete() {
		String videoId = newId();
		SUBGRAPHS.video(videoId, "Over the socket", "PUBLIC", "READY", 100, newId());
		try (TestSocket socket = TestSocket.acknowledged(this.port, null)) {
			socket.subscribe("q", "query($id: ID!) { video(id: $id) { title } }", Map.of("id", videoId));
			assertThat(socket.next()).isEqualTo(Map.of("id", "q", "type", "next", "payload",
					Map.of("data", Map.of("video", Map.of("title", "Over the socket")))));
			assertThat(socket.next()).isEqualTo(Map.of("id", "q", "type", "complete"));
		}
	}

	@Test
	void notJsonClosesWith4400() {
		try (TestSocket socket = TestSocket.acknowledged(this.port, null)) {
			socket.sendText("{not json");
			assertThat(socket.awaitClose().code()).isEqualTo(4400);
		}
	}

	@Test
	void unknownMessageTypeClosesWith4400() {
		try (TestSocket socket = TestSocket.acknowledged(this.port, null)) {
			socket.send(Map.of("type", "next", "id", "1"));
			assertThat(socket.awaitClose().code()).isEqualTo(4400);
		}
	}

	@Test
	void subscribeWithoutQueryClosesWith4400() {
		try (TestSocket socket = TestSocket.acknowledged(this.port, null)) {
			socket.send(Map.of("type", "subscribe", "id", "1", "payload", Map.of()));
			assertThat(socket.awaitClose().code()).isEqualTo(4400);
		}
	}

	@Test
	void operationsBeyondTheCapGetARateLimitedError() {
		try (TestSocket socket = TestSocket.acknowledged(this.port, null)) {
			for (int i = 0; i < 5; i++) {
				socket.subscribe("s" + i, STATUS, Map.of("id", newId()));
			}
			socket.subscribe("s5", STATUS, Map.of("id", newId()));
			Map<String, Object> error = socket.next();
			assertThat(error).containsEntry("id", "s5").containsEntry("type", "error");
			assertThat(codes(error)).containsExactly("RATE_LIMITED");
			assertThat(error.toString()).contains("max 5");
		}
	}

	@Test
	void connectionsBeyondThePerUserCapAreRejectedWith4403() {
		UUID user = UUID.randomUUID();
		try (TestSocket a = TestSocket.acknowledged(this.port, token(user));
				TestSocket b = TestSocket.acknowledged(this.port, token(user));
				TestSocket c = TestSocket.acknowledged(this.port, token(user));
				TestSocket d = TestSocket.open(this.port)) {
			d.init(token(user));
			TestSocket.Close close = d.awaitClose();
			assertThat(close.code()).isEqualTo(4403);
			assertThat(close.reason()).contains("Too many connections");
		}
		try (TestSocket again = TestSocket.acknowledged(this.port, token(user))) {
			assertThat(again.isOpen()).isTrue();
		}
	}

	@Test
	void notificationsNeedASignedInUser() {
		try (TestSocket socket = TestSocket.acknowledged(this.port, null)) {
			socket.subscribe("n", "subscription { notificationAdded { id } }", Map.of());
			assertThat(codes(socket.next())).containsExactly("UNAUTHENTICATED");
		}
	}

	@Test
	void expiredTokenClosesTheSocketWith4403() {
		String shortLived = shortLivedToken(UUID.randomUUID(), Duration.ofSeconds(2));
		try (TestSocket socket = TestSocket.acknowledged(this.port, shortLived)) {
			TestSocket.Close close = socket.awaitClose();
			assertThat(close.code()).isEqualTo(4403);
			assertThat(close.reason()).contains("expired");
		}
	}

	@Test
	void freshTokenInAPingKeepsTheSocketOpenPastTheOldExpiry() {
		UUID user = UUID.randomUUID();
		try (TestSocket socket = TestSocket.acknowledged(this.port, shortLivedToken(user, Duration.ofSeconds(2)))) {
			socket.send(Map.of("type", "ping", "payload", Map.of("Authorization", "Bearer " + token(user))));
			assertThat(socket.next()).containsEntry("type", "pong");
			await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(5)).until(socket::isOpen);
		}
	}

	@Test
	void refreshWithAnotherUsersTokenClosesWith4403() {
		try (TestSocket socket = TestSocket.acknowledged(this.port, token(UUID.randomUUID()))) {
			socket
				.send(Map.of("type", "ping", "payload", Map.of("Authorization", "Bearer " + token(UUID.randomUUID()))));
			assertThat(socket.awaitClose().code()).isEqualTo(4403);
		}
	}

	@Test
	void abruptCloseRemovesTheSubscriptions() {
		String videoId = newId();
		TestSocket socket = TestSocket.acknowledged(this.port, null);
		socket.subscribe("1", STATUS, Map.of("id", videoId));
		await().until(() -> this.hub.subscriptionCount() > 0);
		int before = this.hub.subscriptionCount();
		socket.close();
		await().until(() -> this.hub.subscriptionCount() == before - 1);
	}

	private static String shortLivedToken(UUID user, Duration lifetime) {
		Instant now = Instant.now();
		return TestTokens.shared()
			.token(user, (claims) -> claims.issueTime(Date.from(now)).expirationTime(Date.from(now.plus(lifetime))));
	}

	@SuppressWarnings("unchecked")
	static List<Object> codes(Map<String, Object> errorMessage) {
		List<Map<String, Object>> errors = (List<Map<String, Object>>) errorMessage.get("payload");
		return errors.stream().map((error) -> ((Map<String, Object>) error.get("extensions")).get("code")).toList();
	}

}
