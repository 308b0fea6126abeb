package io.streamhub.users.token;

import java.util.Map;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Serves the public signing keys (current and previous) at
 * {@code /.well-known/jwks.json}.
 */
@RestController
class JwksController {

	private static final CacheControl FIVE_MINUTES = CacheControl.maxAge(java.time.Duration.ofMinutes(5)).cachePublic();

	private final SigningKeys keys;

	JwksController(SigningKeys keys) {
		this.keys = keys;
	}

	@GetMapping(path = "/.well-known/jwks.json", produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<Map<String, Object>> jwks() {
		return ResponseEntity.ok().cacheControl(FIVE_MINUTES).body(this.keys.publicKeys().toJSONObject(true));
	}

}
