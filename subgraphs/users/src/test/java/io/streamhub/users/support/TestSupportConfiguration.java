package io.streamhub.users.support;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Beans the integration tests share.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestSupportConfiguration {

	@Bean
	TestAccounts testAccounts(DatabaseClient db, PasswordEncoder passwordEncoder) {
		return new TestAccounts(db, passwordEncoder);
	}

}
