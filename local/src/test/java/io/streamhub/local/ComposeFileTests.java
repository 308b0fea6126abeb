package io.streamhub.local;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * compose.yaml cannot be started on these machines (no Docker engine), so its contract is
 * checked by reading it: every built service is a module of the reactor, and every
 * environment variable it sets is a property that service reads (Spring's relaxed binding
 * from {@code SPRING_R2DBC_URL} to {@code spring.r2dbc.url}).
 */
class ComposeFileTests {

	private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

	@Test
	void everyBuiltServiceIsAModuleOfTheBuild() throws IOException {
		Set<String> modules = modules();
		Map<String, Map<String, Object>> built = builtServices();

		assertThat(built).isNotEmpty();
		built
			.forEach((name, service) -> assertThat(modules).as("module of service %s", name).contains(module(service)));
	}

	@Test
	void everyEnvironmentVariableIsAPropertyTheServiceReads() throws IOException {
		Set<String> known = knownProperties();
		for (var entry : builtServices().entrySet()) {
			Set<String> own = serviceConfigKeys(entry.getKey());
			for (String variable : environment(entry.getValue()).keySet()) {
				assertThat(isRead(variable, known) || isRead(variable, own))
					.as("%s sets %s, which no property of it reads", entry.getKey(), variable)
					.isTrue();
			}
		}
	}

	@Test
	void infrastructureUsesTheOfficialImages() throws IOException {
		Map<String, Map<String, Object>> services = services();

		assertThat(services).containsKeys("postgres", "redis", "elasticsearch", "minio");
		assertThat(services.get("postgres").get("image").toString()).startsWith("postgres:");
		assertThat(services.get("redis").get("image").toString()).startsWith("redis:");
		assertThat(services.get("elasticsearch").get("image").toString())
			.startsWith("docker.elastic.co/elasticsearch/elasticsearch:8.");
		assertThat(services.get("minio").get("image").toString()).startsWith("minio/minio");
	}

	private static boolean isRead(String variable, Set<String> properties) {
		String canonical = variable.toLowerCase(Locale.ROOT);
		return properties.stream()
			.anyMatch((property) -> canonical.equals(property) || canonical.startsWith(property + "_"));
	}

	/**
	 * Spring's canonical form of a property name as an environment variable, lower case.
	 */
	private static String canonical(String property) {
		return property.toLowerCase(Locale.ROOT).replace("-", "").replace('.', '_');
	}

	private static Set<String> knownProperties() throws IOException {
		Set<String> properties = new HashSet<>();
		JsonMapper json = JsonMapper.builder().build();
		for (URL url : Collections.list(
				ComposeFileTests.class.getClassLoader().getResources("META-INF/spring-configuration-metadata.json"))) {
			try (InputStream in = url.openStream()) {
				for (JsonNode property : json.readTree(in).path("properties")) {
					properties.add(canonical(property.get("name").asString()));
				}
			}
		}
		return properties;
	}

	/** Keys of the service's own configuration file ({@code <service>.yml}). */
	@SuppressWarnings("unchecked")
	private static Set<String> serviceConfigKeys(String service) throws IOException {
		Set<String> keys = new HashSet<>();
		try (InputStream in = ComposeFileTests.class.getClassLoader().getResourceAsStream(service + ".yml")) {
			if (in != null) {
				flatten("", (Map<String, Object>) new Yaml().load(in), keys);
			}
		}
		return keys;
	}

	@SuppressWarnings("unchecked")
	private static void flatten(String prefix, Map<String, Object> map, Set<String> keys) {
		map.forEach((key, value) -> {
			String name = prefix.isEmpty() ? key : prefix + "." + key;
			keys.add(canonical(name));
			if (value instanceof Map<?, ?> nested) {
				flatten(name, (Map<String, Object>) nested, keys);
			}
		});
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Map<String, Object>> services() throws IOException {
		try (InputStream in = Files.newInputStream(ROOT.resolve("compose.yaml"))) {
			Map<String, Object> compose = new Yaml().load(in);
			return (Map<String, Map<String, Object>>) compose.get("services");
		}
	}

	private static Map<String, Map<String, Object>> builtServices() throws IOException {
		Map<String, Map<String, Object>> built = new java.util.TreeMap<>();
		services().forEach((name, service) -> {
			if (service.containsKey("build")) {
				built.put(name, service);
			}
		});
		return built;
	}

	@SuppressWarnings("unchecked")
	private static String module(Map<String, Object> service) {
		Map<String, Object> build = (Map<String, Object>) service.get("build");
		return String.valueOf(((Map<String, Object>) build.get("args")).get("MODULE"));
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> environment(Map<String, Object> service) {
		return (Map<String, Object>) service.getOrDefault("environment", Map.of());
	}

	private static Set<String> modules() throws IOException {
		Matcher module = Pattern.compile("<module>([^<]+)</module>").matcher(Files.readString(ROOT.resolve("pom.xml")));
		Set<String> modules = new HashSet<>();
		while (module.find()) {
			modules.add(module.group(1));
		}
		return modules;
	}

}
