package io.streamhub.bench.realtime;

import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import io.streamhub.platform.embedded.EmbeddedRedis;
import io.streamhub.platform.embedded.FreePorts;
import io.streamhub.platform.events.EventEnvelope;
import io.streamhub.platform.events.EventJson;

/**
 * The realtime fan-out benchmark. For each server (the realtime gateway, then a stock
 * Spring for GraphQL WebSocket endpoint, each in its own JVM with the same heap limit),
 * opens N subscribers of one video's {@code commentAdded} (growing N through the sizes),
 * then XADDs events and measures: heap per connection (heap used after a full GC, minus
 * the baseline before any connection, divided by N), latency from XADD to receipt by each
 * client (p50, p99), and deliveries per second (N divided by the time from XADD to the
 * last receipt). Usage:
 * {@code FanOutBench [--sizes=5000,10000,20000] [--events=5] [--xmx=1g]
 * [--schema=../../schema] [--out=results] [--servers=gateway,stock] [--server-jvm-args="-Xa -Xb"]}.
 */
public final class FanOutBench {

	private static final Pattern USED = Pattern.compile("used (\\d+)K");

	private FanOutBench() {
	}

	public static void main(String[] args) throws Exception {
		Map<String, String> options = options(args);
		int[] sizes = Arrays.stream(options.getOrDefault("sizes", "5000,10000,19000").split(","))
			.mapToInt(Integer::parseInt)
			.toArray();
		int events = Integer.parseInt(options.getOrDefault("events", "5"));
		String xmx = options.getOrDefault("xmx", "1g");
		Path schema = Path.of(options.getOrDefault("schema", "../../schema")).toAbsolutePath();
		EmbeddedRedis redis = EmbeddedRedis.start();
		RedisClient redisClient = RedisClient.create(redis.uri());
		List<String> rows = new ArrayList<>();
		String load = Files.readString(Path.of("/proc/loadavg")).trim();
		String servers = options.getOrDefault("servers", "gateway,stock");
		List<String> jvmArgs = options.containsKey("server-jvm-args")
				? List.of(options.get("server-jvm-args").split(" ")) : List.of();
		try (StatefulRedisConnection<String, String> connection = redisClient.connect()) {
			int gatewayPort = FreePorts.next();
			rows.addAll(!servers.contains("gateway") ? List.of()
					: run("realtime-gateway", List.of("io.streamhub.bench.realtime.GatewayServer", schema.toString(),
							"--server.port=" + gatewayPort, "--spring.data.redis.host=127.0.0.1",
							"--spring.data.redis.port=" + redis.port(),
							"--streamhub.security.jwks-url=http://127.0.0.1:9/jwks", "--logging.level.root=WARN"),
							gatewayPort, xmx, jvmArgs, sizes, events, connection));
			int stockPort = FreePorts.next();
			rows.addAll(!servers.contains("stock") ? List.of()
					: run("stock spring-graphql", List.of("io.streamhub.bench.realtime.stock.StockApplication",
							"--server.port=" + stockPort, "--spring.data.redis.port=" + redis.port(),
							"--spring.autoconfigure.exclude=io.streamhub.platform.security.SecurityAutoConfiguration,"
									+ "io.streamhub.platform.errors.ErrorsAutoConfiguration",
							"--logging.level.root=WARN"), stockPort, xmx, jvmArgs, sizes, events, connection));
		}
		finally {
			redisClient.shutdown();
			redis.close();
		}
		String report = report(rows, load, events, xmx);
		System.out.println(report);
		Path out = Path.of(options.getOrDefault("out", "results"));
		Files.createDirectories(out);
		Files.writeString(out.resolve(Instant.now().toString().replace(':', '-') + ".md"), report);
	}

	private static List<String> run(String name, List<String> command, int port, String xmx, List<String> jvmArgs,
			int[] sizes, int events, StatefulRedisConnection<String, String> redis) throws Exception {
		Process server = launch(name, command, xmx, jvmArgs);
		List<String> rows = new ArrayList<>();
		String videoId = UUID.randomUUID().toString();
		try (Subscribers subscribers = new Subscribers("ws://127.0.0.1:" + port + "/graphql", videoId)) {
			awaitReady(port, server);
			subscribers.openUpTo(1, Duration.ofSeconds(30));
			warmUp(subscribers, redis, videoId);
			long baseline = heapAfterGcKb(server.pid());
			for (int size : sizes) {
				long started = System.nanoTime();
				subscribers.openUpTo(size, Duration.ofMinutes(5));
				double openSeconds = (System.nanoTime() - started) / 1e9;
				boolean warm = warmUp(subscribers, redis, videoId);
				long heap = heapAfterGcKb(server.pid());
				rows.add(measure(name, subscribers, redis, videoId, events, (heap - baseline) * 1024.0 / size, warm,
						openSeconds));
				System.out.println(rows.get(rows.size() - 1));
			}
		}
		finally {
			server.destroy();
			if (!server.waitFor(20, TimeUnit.SECONDS)) {
				server.destroyForcibly();
			}
		}
		return rows;
	}

	private static String measure(String name, Subscribers subscribers, StatefulRedisConnection<String, String> redis,
			String videoId, int events, double heapPerConnection, boolean warm, double openSeconds)
			throws InterruptedException {
		int n = subscribers.size();
		List<Long> latencies = new ArrayList<>();
		List<Double> rates = new ArrayList<>();
		List<Double> fanOutRates = new ArrayList<>();
		int missing = 0;
		for (int round = 0; round < events; round++) {
			subscribers.startRound();
			long t0 = System.nanoTime();
			xadd(redis, videoId);
			long deadline = t0 + TimeUnit.SECONDS.toNanos(60);
			while (subscribers.received() < n && System.nanoTime() < deadline) {
				Thread.sleep(5);
			}
			long last = t0;
			long first = Long.MAX_VALUE;
			for (long receipt : subscribers.receipts()) {
				if (receipt == 0) {
					missing++;
					continue;
				}
				latencies.add(receipt - t0);
				last = Math.max(last, receipt);
				first = Math.min(first, receipt);
			}
			rates.add(subscribers.received() / ((last - t0) / 1e9));
			fanOutRates.add(subscribers.received() / (Math.max(1, last - first) / 1e9));
			Thread.sleep(200);
		}
		latencies.sort(Long::compare);
		double rate = rates.stream().mapToDouble(Double::doubleValue).average().orElse(0);
		double fanOut = fanOutRates.stream().mapToDouble(Double::doubleValue).average().orElse(0);
		return String.format("| %s | %d | %.1f KB | %.0f ms | %.0f ms | %.0f | %.0f | %d | %s | %.1f s |", name, n,
				heapPerConnection / 1024, percentile(latencies, 50), percentile(latencies, 99), rate, fanOut, missing,
				warm ? "yes" : "NO", openSeconds);
	}

	private static double percentile(List<Long> sorted, int percentile) {
		if (sorted.isEmpty()) {
			return Double.NaN;
		}
		int index = (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1;
		return sorted.get(Math.max(0, index)) / 1e6;
	}

	/**
	 * Sends events until every client has received one (new subscriptions may take a
	 * moment to be registered).
	 */
	private static boolean warmUp(Subscribers subscribers, StatefulRedisConnection<String, String> redis,
			String videoId) throws InterruptedException {
		for (int attempt = 0; attempt < 20; attempt++) {
			subscribers.startRound();
			xadd(redis, videoId);
			long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
			while (subscribers.received() < subscribers.size() && System.nanoTime() < deadline) {
				Thread.sleep(10);
			}
			if (subscribers.received() >= subscribers.size()) {
				Thread.sleep(500);
				return true;
			}
		}
		return false;
	}

	private static void xadd(StatefulRedisConnection<String, String> redis, String videoId) {
		String commentId = UUID.randomUUID().toString();
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("commentId", commentId);
		data.put("videoId", videoId);
		data.put("authorId", UUID.randomUUID().toString());
		data.put("body", "Hello from " + commentId);
		EventEnvelope event = EventEnvelope.of("comment.added",
				new EventEnvelope.Subject("Comment", UUID.fromString(commentId)), null, data);
		redis.sync().xadd("events:comments", Map.of("event", EventJson.write(event)));
	}

	private static Process launch(String name, List<String> command, String xmx, List<String> jvmArgs)
			throws IOException {
		List<String> full = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-Xmx" + xmx, "-Xms" + xmx, "-XX:+UseG1GC"));
		full.addAll(jvmArgs);
		full.addAll(List.of("-cp", System.getProperty("java.class.path")));
		full.addAll(command);
		Path log = Path.of("target", name.replace(' ', '-') + ".log");
		Files.createDirectories(log.getParent());
		return new ProcessBuilder(full).redirectErrorStream(true).redirectOutput(log.toFile()).start();
	}

	private static void awaitReady(int port, Process server) throws InterruptedException {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
		while (System.nanoTime() < deadline) {
			if (!server.isAlive()) {
				throw new IllegalStateException("The server exited with " + server.exitValue() + " (see target/*.log)");
			}
			try (Socket socket = new Socket("127.0.0.1", port)) {
				return;
			}
			catch (IOException ex) {
				Thread.sleep(200);
			}
		}
		throw new IllegalStateException("The server did not open port " + port);
	}

	private static long heapAfterGcKb(long pid) throws IOException, InterruptedException {
		jcmd(pid, "GC.run");
		jcmd(pid, "GC.run");
		Matcher matcher = USED.matcher(jcmd(pid, "GC.heap_info"));
		if (!matcher.find()) {
			throw new IllegalStateException("Cannot read the heap of " + pid);
		}
		return Long.parseLong(matcher.group(1));
	}

	private static String jcmd(long pid, String command) throws IOException, InterruptedException {
		Process process = new ProcessBuilder("jcmd", Long.toString(pid), command).redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		process.waitFor(60, TimeUnit.SECONDS);
		return output;
	}

	private static String report(List<String> rows, String load, int events, String xmx) {
		StringBuilder report = new StringBuilder();
		report.append("# Realtime fan-out: ").append(Instant.now()).append("\n\n");
		report
			.append("One `commentAdded(videoId) { id body }` subscription per connection (all anonymous, same video), ")
			.append(events)
			.append(" events XADDed one after the other; each server in its own JVM with -Xmx")
			.append(xmx)
			.append(" (G1); clients and Redis in the driver JVM; everything on the same 2 cores. Load average at start: ")
			.append(load)
			.append(".\n\n");
		report.append(
				"| server | connections | heap per connection | XADD→receipt p50 | p99 | deliveries/s (XADD→last) | fan-out/s (first→last) | missing | warm | open time |\n");
		report.append("|---|---|---|---|---|---|---|---|---|---|\n");
		rows.forEach((row) -> report.append(row).append('\n'));
		return report.toString();
	}

	private static Map<String, String> options(String[] args) {
		Map<String, String> options = new LinkedHashMap<>();
		for (String arg : args) {
			if (arg.startsWith("--") && arg.contains("=")) {
				options.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
			}
		}
		return options;
	}

}
