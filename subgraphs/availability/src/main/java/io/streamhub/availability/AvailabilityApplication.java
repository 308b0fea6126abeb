package io.streamhub.availability;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The availability subgraph: where each video can be watched (streaming platforms, offers
 * per region, watchlists), with a local projection of video visibility fed by
 * events:videos. Configuration lives in {@code availability.yml}
 * ({@code spring.config.name=availability}) so that several services can share one JVM.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class AvailabilityApplication {

	/**
	 * The builder every launcher uses (this class's {@code main} and {@code local/}).
	 * @return a builder with this service's sources and configuration name
	 */
	public static SpringApplicationBuilder application() {
		return new SpringApplicationBuilder(AvailabilityApplication.class)
			.properties("spring.config.name=availability");
	}

	public static void main(String[] args) {
		application().run(args);
	}

}
