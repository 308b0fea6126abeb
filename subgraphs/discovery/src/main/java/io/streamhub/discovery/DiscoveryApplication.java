package io.streamhub.discovery;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The discovery subgraph: search, autocomplete, trending, recommendations and similar
 * videos over an Elasticsearch index fed by events:videos. Configuration lives in
 * {@code discovery.yml} ({@code spring.config.name=discovery}) so that several services
 * can share one JVM.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class DiscoveryApplication {

	/**
	 * The builder every launcher uses (this class's {@code main} and {@code local/}).
	 * @return a builder with this service's sources and configuration name
	 */
	public static SpringApplicationBuilder application() {
		return new SpringApplicationBuilder(DiscoveryApplication.class).properties("spring.config.name=discovery");
	}

	public static void main(String[] args) {
		application().run(args);
	}

}
