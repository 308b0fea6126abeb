package io.streamhub.realtime;

import java.util.Map;

import io.streamhub.realtime.protocol.GraphQlTransportWsHandler;
import io.streamhub.realtime.support.TestSocket;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A client that stops reading fills its bounded outbound buffer and is closed (1013)
 * instead of making the gateway's memory grow.
 */
class SlowConsumerTests extends GatewayTestBase {

	@Autowired
	GraphQlTransportWsHandler handler;

	@Test
	void aClientThatStopsReadingIsClosedOnceItsBufferIsFull() {
		StringBuilder query = new StringBuilder("{");
		for (int i = 0; i < 400; i++) {
			query.append(" alias").append(i).append(": __typename");
		}
		query.append(" }");
		long before = this.handler.slowConsumerCloses();
		try (TestSocket socket = TestSocket.acknowledged(this.port, null)) {
			socket.pause();
			socket.subscribe("warm", query.toString(), Map.of());
			for (int i = 0; i < 20_000 && this.handler.slowConsumerCloses() == before; i++) {
				socket.subscribe("q" + i, query.toString(), Map.of());
			}
			await().until(() -> this.handler.slowConsumerCloses() > before);
		}
		assertThat(this.handler.slowConsumerCloses()).isEqualTo(before + 1);
	}

}
