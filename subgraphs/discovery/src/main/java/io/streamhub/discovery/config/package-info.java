/**
 * Configuration of the discovery service: properties, the Elasticsearch client, scalars,
 * ids.
 */
@NullMarked
package io.streamhub.discovery.config;

import org.jspecify.annotations.NullMarked;
