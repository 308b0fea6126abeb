package io.streamhub.platform.integration;

import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
class PlatformTestApplication {

}
