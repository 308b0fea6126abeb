package org.elasticsearch.node;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.elasticsearch.common.logging.LogConfigurator;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.env.Environment;
import org.elasticsearch.plugins.MockPluginsService;
import org.elasticsearch.plugins.PluginsLoader;
import org.elasticsearch.plugins.PluginsService;
import org.elasticsearch.transport.netty4.Netty4Plugin;

/**
 * The entry point of the embedded Elasticsearch child process started by
 * {@code io.streamhub.platform.embedded.EmbeddedElasticsearch}: a single-node cluster on
 * 127.0.0.1 whose only plugin (the Netty transport) is loaded from the classpath.
 * <p>
 * It lives in Elasticsearch's own package to reach {@link Node}'s package-private
 * construction hooks; constructing the node directly skips the bootstrap, which is what
 * refuses to run as root. The process exits when its standard input closes, so it never
 * outlives the JVM that started it.
 * <p>
 * Arguments: {@code <http port> <home directory>}. Compiled against Elasticsearch jars
 * that platform declares as {@code provided}: this class is never loaded by a service's
 * JVM.
 */
public final class StreamhubElasticsearchNode extends Node {

	private StreamhubElasticsearchNode(Environment environment, PluginsLoader loader) {
		super(NodeConstruction.prepareConstruction(environment, loader, new ClasspathPlugins(), true));
	}

	public static void main(String[] args) throws Exception {
		int httpPort = Integer.parseInt(args[0]);
		Path home = Path.of(args[1]);
		Files.createDirectories(home.resolve("config"));
		Settings settings = settings(httpPort, home);
		LogConfigurator.configureESLogging();
		LogConfigurator.configureWithoutConfig(settings);
		Environment environment = new Environment(settings, home.resolve("config"));
		PluginsLoader loader = PluginsLoader.createPluginsLoader(Set.of(), Set.of(), Map.of(), false);
		Node node = new StreamhubElasticsearchNode(environment, loader).start();
		System.out.println("streamhub-elasticsearch started on port " + httpPort);
		System.out.flush();
		awaitEndOfInput(System.in);
		node.close();
		System.exit(0);
	}

	private static Settings settings(int httpPort, Path home) {
		return Settings.builder()
			.put("cluster.name", "streamhub-embedded")
			.put("node.name", "streamhub-embedded")
			.put("path.home", home.toString())
			.put("path.data", home.resolve("data").toString())
			.put("path.logs", home.resolve("logs").toString())
			.put("discovery.type", "single-node")
			.put("network.host", "127.0.0.1")
			.put("http.port", httpPort)
			.put("transport.port", 0)
			.put("action.auto_create_index", false)
			.put("cluster.routing.allocation.disk.threshold_enabled", false)
			.build();
	}

	private static void awaitEndOfInput(InputStream input) {
		try {
			while (input.read() != -1) {
				// the parent never writes; EOF means it is gone
			}
		}
		catch (IOException ex) {
			// the pipe broke: the parent is gone
		}
	}

	/**
	 * Loads the Netty transport plugin from the classpath instead of a plugins directory.
	 */
	static final class ClasspathPlugins extends NodeServiceProvider {

		@Override
		PluginsService newPluginService(Environment environment, PluginsLoader loader) {
			return new MockPluginsService(environment.settings(), environment, List.of(Netty4Plugin.class));
		}

	}

}
