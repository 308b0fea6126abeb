package io.streamhub.users;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The users subgraph: accounts, JWT issuing and JWKS, profiles, follows and
 * notifications. Configuration lives in {@code users.yml}
 * ({@code spring.config.name=users}) so that several services can share one JVM.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class UsersApplication {

	/**
	 * The builder every launcher uses (this class's {@code main} and {@code local/}).
	 * @return a builder with this service's sources and configuration name
	 */
	public static SpringApplicationBuilder application() {
		return new SpringApplicationBuilder(UsersApplication.class).properties("spring.config.name=users");
	}

	public static void main(String[] args) {
		application().run(args);
	}

}
