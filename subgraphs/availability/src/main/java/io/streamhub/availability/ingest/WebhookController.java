package io.streamhub.availability.ingest;

import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /webhooks/availability/{slug}}: changes pushed by a platform, in the feed
 * format, signed (see {@link WebhookSignature}). Answers 200 {@code {"changes": n}}, 401
 * for a bad signature, a stale timestamp or a replayed delivery, 400 for a body that is
 * not in the feed format, 404 for a platform without a webhook secret.
 */
@RestController
class WebhookController {

	private final WebhookService webhooks;

	WebhookController(WebhookService webhooks) {
		this.webhooks = webhooks;
	}

	@PostMapping(path = "/webhooks/availability/{slug}")
	Mono<ResponseEntity<Map<String, Object>>> receive(@PathVariable String slug,
			@RequestHeader(name = WebhookSignature.TIMESTAMP_HEADER, required = false) @Nullable String timestamp,
			@RequestHeader(name = WebhookSignature.SIGNATURE_HEADER, required = false) @Nullable String signature,
			@RequestHeader(name = WebhookSignature.DELIVERY_HEADER, required = false) @Nullable String deliveryId,
			@RequestBody(required = false) byte @Nullable [] body) {
		byte[] bytes = (body != null) ? body : new byte[0];
		return this.webhooks.receive(slug, timestamp, signature, deliveryId, bytes).map((outcome) -> {
			Map<String, Object> answer = new LinkedHashMap<>();
			answer.put("message", outcome.message());
			answer.put("changes", outcome.changes());
			return ResponseEntity.status(outcome.status()).body(answer);
		});
	}

}
