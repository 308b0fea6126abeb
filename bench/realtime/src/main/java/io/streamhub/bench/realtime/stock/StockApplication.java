package io.streamhub.bench.realtime.stock;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.StreamMessage;
import io.lettuce.core.XReadArgs;
import io.lettuce.core.api.StatefulRedisConnection;
import io.streamhub.platform.events.EventEnvelope;
import io.streamhub.platform.events.EventJson;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Sinks;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.SubscriptionMapping;
import org.springframework.stereotype.Controller;

/**
 * The peer of the benchmark: Spring for GraphQL's own WebSocket handler
 * (graphql-transport-ws on WebFlux) serving {@code commentAdded(videoId) { id body }},
 * fed by the same {@code events:comments} stream (XREAD on one thread into a multicast
 * sink). Each subscriber runs its own graphql-java execution per event, as the stock
 * stack does.
 */
@SpringBootApplication
public class StockApplication {

	public static void main(String[] args) {
		new SpringApplicationBuilder(StockApplication.class)
			.properties("spring.graphql.websocket.path=/graphql",
					"spring.graphql.schema.locations=classpath:stock-graphql/", "spring.main.banner-mode=off")
			.run(args);
	}

	@Bean
	Sinks.Many<Map<String, Object>> comments() {
		return Sinks.many().multicast().directBestEffort();
	}

	@Bean(destroyMethod = "interrupt")
	Thread reader(Sinks.Many<Map<String, Object>> comments, @Value("${spring.data.redis.port:6379}") int port) {
		Thread thread = new Thread(() -> read(comments, port), "stock-stream-reader");
		thread.setDaemon(true);
		thread.start();
		return thread;
	}

	@SuppressWarnings("unchecked")
	private static void read(Sinks.Many<Map<String, Object>> comments, int port) {
		RedisURI uri = RedisURI.create("127.0.0.1", port);
		uri.setTimeout(Duration.ofSeconds(10));
		RedisClient client = RedisClient.create(uri);
		try (StatefulRedisConnection<String, String> connection = client.connect()) {
			String last = "$";
			while (!Thread.currentThread().isInterrupted()) {
				List<StreamMessage<String, String>> messages = connection.sync()
					.xread(XReadArgs.Builder.block(2000).count(500),
							XReadArgs.StreamOffset.from("events:comments", last));
				for (StreamMessage<String, String> message : messages) {
					last = message.getId();
					EventEnvelope event = EventJson.read(message.getBody().get("event"));
					comments.tryEmitNext(Map.of("videoId", event.data().get("videoId"), "id",
							event.data().get("commentId"), "body", event.data().get("body")));
				}
			}
		}
	}

	@Controller
	static class CommentController {

		private final Sinks.Many<Map<String, Object>> comments;

		CommentController(Sinks.Many<Map<String, Object>> comments) {
			this.comments = comments;
		}

		@SubscriptionMapping
		Flux<Map<String, Object>> commentAdded(@Argument String videoId) {
			return this.comments.asFlux().filter((comment) -> videoId.equals(comment.get("videoId")));
		}

	}

}
