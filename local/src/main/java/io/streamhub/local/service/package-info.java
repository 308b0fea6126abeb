/**
 * Starting each service's Spring application in its own context, on its fixed local port.
 */
@NullMarked
package io.streamhub.local.service;

import org.jspecify.annotations.NullMarked;
