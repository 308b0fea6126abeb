package io.streamhub.discovery.search;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;

import co.elastic.clients.json.JsonpUtils;
import co.elastic.clients.json.jackson.Jackson3JsonpMapper;
import io.streamhub.discovery.DiscoveryApplication;
import io.streamhub.discovery.generated.types.SearchSort;
import io.streamhub.discovery.index.IndexWrite;
import io.streamhub.discovery.index.VideoDocument;
import io.streamhub.discovery.index.VideoIndex;
import io.streamhub.platform.embedded.EmbeddedElasticsearch;
import io.streamhub.platform.embedded.EmbeddedPostgres;
import io.streamhub.platform.embedded.EmbeddedRedis;
import io.streamhub.platform.embedded.FreePorts;

import org.springframework.context.ConfigurableApplicationContext;

/**
 * Search p95 through the discovery subgraph vs the SAME search sent directly to
 * Elasticsearch, side by side in one run: 10,000 videos, 20 concurrent clients. The
 * direct request body is the one {@link SearchService} builds, serialized by the client's
 * own mapper (that is why this class lives in the service's package).
 * <p>
 * Arguments (optional): {@code <videos> <clients> <seconds per phase> <results dir>}.
 */
public final class SearchBench {

	private static final String[] WORDS = { "mountain", "river", "guitar", "cooking", "bread", "travel", "city",
			"night", "drone", "ocean", "forest", "piano", "lesson", "review", "game", "speedrun", "cat", "dog",
			"garden", "history", "science", "space", "rocket", "chess", "yoga", "running", "bike", "camera", "music",
			"tutorial", "beginner", "advanced", "winter", "summer", "festival", "street", "food", "coffee", "paint",
			"origami" };

	private static final String[] CATEGORIES = { "music", "education", "travel", "food", "gaming", "sports" };

	private static final String GRAPHQL = "query($q: String!) { search(query: $q, first: 20) { totalCount "
			+ "edges { cursor node { id } highlights { field snippets } } pageInfo { hasNextPage endCursor } } }";

	private SearchBench() {
	}

	public static void main(String[] args) throws Exception {
		int videos = (args.length > 0) ? Integer.parseInt(args[0]) : 10_000;
		int clients = (args.length > 1) ? Integer.parseInt(args[1]) : 20;
		int seconds = (args.length > 2) ? Integer.parseInt(args[2]) : 30;
		Path results = Path.of((args.length > 3) ? args[3] : "bench/search/results");
		String loadBefore = loadAverage();
		long started = System.nanoTime();
		EmbeddedElasticsearch elasticsearch = EmbeddedElasticsearch.start();
		long elasticsearchMillis = (System.nanoTime() - started) / 1_000_000;
		EmbeddedPostgres postgres = EmbeddedPostgres.start();
		postgres.createDatabase("bench");
		EmbeddedRedis redis = EmbeddedRedis.start();
		int port = FreePorts.next();
		ConfigurableApplicationContext context = DiscoveryApplication.application()
			.run("--server.port=" + port, "--spring.r2dbc.url=" + postgres.r2dbcUrl("bench"),
					"--spring.r2dbc.username=" + postgres.username(), "--spring.r2dbc.password=" + postgres.password(),
					"--spring.flyway.url=" + postgres.jdbcUrl("bench"), "--spring.flyway.user=" + postgres.username(),
					"--spring.flyway.password=" + postgres.password(), "--spring.data.redis.host=" + redis.host(),
					"--spring.data.redis.port=" + redis.port(), "--discovery.elasticsearch.url=" + elasticsearch.url(),
					"--discovery.events.enabled=false", "--discovery.elasticsearch.request-timeout=60s",
					"--streamhub.security.jwks-url=http://127.0.0.1:9/jwks", "--logging.level.root=WARN");
		try {
			VideoIndex index = context.getBean(VideoIndex.class);
			long loadStarted = System.nanoTime();
			load(index, videos);
			long loadMillis = (System.nanoTime() - loadStarted) / 1_000_000;
			SearchService service = context.getBean(SearchService.class);
			List<String> queries = queries(200);
			List<String> direct = queries.stream().map((q) -> directBody(service, q)).toList();
			HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
			URI elasticsearchUri = URI.create(elasticsearch.url() + "/" + index.alias() + "/_search?typed_keys=true");
			URI graphqlUri = URI.create("http://127.0.0.1:" + port + "/graphql");
			IntFunction<HttpRequest> toElasticsearch = (i) -> post(elasticsearchUri, direct.get(i % direct.size()));
			IntFunction<HttpRequest> toDiscovery = (i) -> post(graphqlUri, graphql(queries.get(i % queries.size())));
			run(http, toElasticsearch, clients, Math.max(5, seconds / 3));
			run(http, toDiscovery, clients, Math.max(5, seconds / 3));
			Stats elasticAlone = run(http, toElasticsearch, 1, Math.max(5, seconds / 3));
			Stats discoveryAlone = run(http, toDiscovery, 1, Math.max(5, seconds / 3));
			Stats elastic = run(http, toElasticsearch, clients, seconds);
			Stats discovery = run(http, toDiscovery, clients, seconds);
			String report = report(videos, clients, seconds, elasticsearchMillis, loadMillis, elastic, discovery,
					loadBefore, loadAverage())
					+ String.format(Locale.ROOT, """

							One client at a time (%d s each, no queueing): direct p50 %.1f ms / p95 %.1f ms, \
							discovery p50 %.1f ms / p95 %.1f ms (p95 ratio %.2f×).
							""", Math.max(5, seconds / 3), elasticAlone.percentile(50), elasticAlone.percentile(95),
							discoveryAlone.percentile(50), discoveryAlone.percentile(95),
							discoveryAlone.percentile(95) / elasticAlone.percentile(95));
			System.out.println(report);
			Files.createDirectories(results);
			Path file = results
				.resolve(Instant.now().truncatedTo(ChronoUnit.SECONDS).toString().replace(':', '-') + ".md");
			Files.writeString(file, report);
			System.out.println("written to " + file);
		}
		finally {
			context.close();
			redis.close();
			postgres.close();
			elasticsearch.close();
		}
	}

	private static void load(VideoIndex index, int videos) {
		Random random = new Random(42);
		List<IndexWrite> batch = new ArrayList<>();
		Instant now = Instant.now();
		for (int i = 0; i < videos; i++) {
			UUID id = new UUID(0x5eedL, i);
			String title = capitalize(word(random)) + " " + word(random) + " " + word(random) + " #" + i;
			String description = String.join(" ", word(random), word(random), word(random), word(random), word(random),
					word(random), word(random), word(random));
			List<String> tags = List.of(word(random), word(random));
			Instant published = now.minusSeconds(random.nextInt(90 * 24 * 3600));
			VideoDocument document = new VideoDocument(id.toString(), title, description, tags,
					CATEGORIES[random.nextInt(CATEGORIES.length)], new UUID(0xc0deL, random.nextInt(500)).toString(),
					null, random.nextInt(1_000_000), random.nextInt(10_000), 30.0 + random.nextInt(3600),
					published.toString(), published.minusSeconds(600).toString(),
					new VideoDocument.Suggest(List.of(title)));
			batch.add(new IndexWrite.Put(id, 1, document));
			if (batch.size() == 1000) {
				index.applyAll(index.alias(), List.copyOf(batch)).block();
				batch.clear();
			}
		}
		index.applyAll(index.alias(), List.copyOf(batch)).block();
		index.refresh(index.alias()).block();
		long count = index.count(index.alias()).block();
		if (count != videos) {
			throw new IllegalStateException("Indexed " + count + " of " + videos);
		}
	}

	private static List<String> queries(int count) {
		Random random = new Random(7);
		List<String> queries = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			String query = (i % 3 == 0) ? word(random) : word(random) + " " + word(random);
			// Every fifth query has a typo, exercising fuzziness.
			queries.add((i % 5 == 0) ? query.substring(1) : query);
		}
		return queries;
	}

	private static String directBody(SearchService service, String text) {
		String json = JsonpUtils.toJsonString(
				service.request(SearchQuery.of(text, null, SearchSort.RELEVANCE, 20), List.of()),
				new Jackson3JsonpMapper());
		return json;
	}

	private static String graphql(String text) {
		return "{\"query\":\"" + GRAPHQL.replace("\"", "\\\"") + "\",\"variables\":{\"q\":\"" + text + "\"}}";
	}

	private static HttpRequest post(URI uri, String body) {
		return HttpRequest.newBuilder(uri)
			.header("Content-Type", "application/json")
			.timeout(Duration.ofSeconds(60))
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build();
	}

	private static Stats run(HttpClient http, IntFunction<HttpRequest> requests, int clients, int seconds)
			throws InterruptedException {
		long deadline = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
		List<long[]> latencies = new ArrayList<>();
		AtomicLong errors = new AtomicLong();
		AtomicLong sequence = new AtomicLong();
		CountDownLatch done = new CountDownLatch(clients);
		List<Thread> threads = new ArrayList<>();
		for (int c = 0; c < clients; c++) {
			long[] mine = new long[2_000_000];
			latencies.add(mine);
			Thread thread = new Thread(() -> {
				int n = 0;
				while (System.nanoTime() < deadline && n < mine.length) {
					HttpRequest request = requests.apply((int) sequence.getAndIncrement());
					long start = System.nanoTime();
					try {
						HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
						if (response.statusCode() != 200 || response.body().contains("\"errors\"")) {
							errors.incrementAndGet();
						}
					}
					catch (IOException | InterruptedException ex) {
						errors.incrementAndGet();
					}
					mine[n++] = System.nanoTime() - start;
				}
				mine[mine.length - 1] = n;
				done.countDown();
			});
			threads.add(thread);
			thread.start();
		}
		done.await();
		List<Long> all = new ArrayList<>();
		for (long[] mine : latencies) {
			int n = (int) mine[mine.length - 1];
			for (int i = 0; i < n; i++) {
				all.add(mine[i]);
			}
		}
		long[] sorted = all.stream().mapToLong(Long::longValue).sorted().toArray();
		return new Stats(sorted, errors.get(), seconds);
	}

	private static String report(int videos, int clients, int seconds, long elasticsearchMillis, long loadMillis,
			Stats elastic, Stats discovery, String loadBefore, String loadAfter) {
		return String.format(Locale.ROOT, """
				# Search benchmark (%s)

				%d videos in the index, %d concurrent clients, %d s per measured phase (after a warm-up phase each),
				same 200 queries (1-2 words, every fifth with a typo), first: 20, relevance sort, highlights.
				Embedded Elasticsearch (child JVM, -Xmx512m) started in %d ms; 10,000 documents bulk-loaded in %d ms.
				Machine: 2 cores shared with everything else; load average before %s, after %s.

				| target | requests | errors | req/s | p50 ms | p95 ms | p99 ms |
				|---|---|---|---|---|---|---|
				| Elasticsearch directly (same request body) | %s |
				| discovery subgraph (GraphQL → Elasticsearch) | %s |

				p95 overhead ratio (discovery / direct): **%.2f×**; p50 ratio %.2f×.
				""", Instant.now().truncatedTo(ChronoUnit.SECONDS), videos, clients, seconds, elasticsearchMillis,
				loadMillis, loadBefore, loadAfter, elastic.row(), discovery.row(),
				discovery.percentile(95) / elastic.percentile(95), discovery.percentile(50) / elastic.percentile(50));
	}

	private static String loadAverage() {
		try {
			return Files.readString(Path.of("/proc/loadavg")).trim().split(" ", 4)[0] + " "
					+ Files.readString(Path.of("/proc/loadavg")).trim().split(" ", 4)[1];
		}
		catch (IOException ex) {
			return "n/a";
		}
	}

	private static String word(Random random) {
		return WORDS[random.nextInt(WORDS.length)];
	}

	private static String capitalize(String word) {
		return Character.toUpperCase(word.charAt(0)) + word.substring(1);
	}

	private record Stats(long[] sorted, long errors, int seconds) {

		double percentile(int p) {
			if (this.sorted.length == 0) {
				return Double.NaN;
			}
			int index = (int) Math.ceil(p / 100.0 * this.sorted.length) - 1;
			return this.sorted[Math.max(0, index)] / 1_000_000.0;
		}

		String row() {
			return String.format(Locale.ROOT, "%d | %d | %.0f | %.1f | %.1f | %.1f", this.sorted.length, this.errors,
					this.sorted.length / (double) this.seconds, percentile(50), percentile(95), percentile(99));
		}

		@Override
		public boolean equals(Object other) {
			return other instanceof Stats stats && Arrays.equals(this.sorted, stats.sorted);
		}

		@Override
		public int hashCode() {
			return Arrays.hashCode(this.sorted);
		}

		@Override
		public String toString() {
			return row();
		}

	}

}
