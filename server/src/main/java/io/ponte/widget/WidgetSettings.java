package io.ponte.widget;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Widget token lifetimes ({@code ponte.widget.*}): an access token opens the widget for a few minutes (Belvo's
 * last ten), its refresh token trades for a new pair once, a while longer.
 */
@ConfigurationProperties("ponte.widget")
record WidgetSettings(Duration accessTtl, Duration refreshTtl) {
}
