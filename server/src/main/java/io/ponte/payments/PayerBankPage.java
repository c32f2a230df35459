package io.ponte.payments;

import io.ponte.api.ApiException;
import io.ponte.api.Caller;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.NumberFormat;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.HtmlUtils;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The sandbox payer bank's consent page, where a payment intent's {@code redirect_url} leads: the payer sees the
 * amount, who is paid and what for, and approves or rejects; their browser then returns to the intent's
 * {@code callback_url} with {@code payment_intent_id} and the intent's {@code status} as query parameters. The
 * page's address carries the consent's unguessable token, its only credential, as a bank's authorization
 * page does; it needs no API key. A plain HTML form: no script, no external resource, a CSP that allows only its
 * own style block.
 */
@Controller
class PayerBankPage {

	static final String PATH = "/sandbox/payer-bank/";

	private static final String STYLE = """
			body{font-family:system-ui,sans-serif;margin:0;background:#f4f5f7;color:#1d2129}
			header{padding:16px 24px;color:#fff}
			main{max-width:480px;margin:24px auto;padding:0 16px}
			section{background:#fff;border-radius:8px;padding:24px;box-shadow:0 1px 3px rgba(0,0,0,.15)}
			dl{display:grid;grid-template-columns:max-content 1fr;gap:8px 16px}dt{color:#5b6270}dd{margin:0}
			.amount{font-size:2rem;font-weight:600;margin:8px 0 16px}
			form{display:flex;gap:12px;margin-top:24px;flex-wrap:wrap}
			button{flex:1;min-width:140px;font-size:1rem;padding:12px;border-radius:6px;border:1px solid #1d2129;cursor:pointer}
			button[value=approve]{background:#0a7c42;border-color:#0a7c42;color:#fff}
			button:focus-visible{outline:3px solid #1a5fb4;outline-offset:2px}
			.sr{position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap}""";

	private final PaymentIntentDao intents;

	private final CustomerDao customers;

	private final BankAccountDao accounts;

	private final PaymentIntentViews views;

	private final PaymentLifecycle lifecycle;

	private final TransactionTemplate transaction;

	PayerBankPage(PaymentIntentDao intents, CustomerDao customers, BankAccountDao accounts, PaymentIntentViews views,
			PaymentLifecycle lifecycle, TransactionTemplate transaction) {
		this.intents = intents;
		this.customers = customers;
		this.accounts = accounts;
		this.views = views;
		this.lifecycle = lifecycle;
		this.transaction = transaction;
	}

	@GetMapping(PATH + "{token}/")
	ResponseEntity<String> show(@PathVariable String token) {
		Optional<PaymentIntentDao.Row> found = this.intents.findByConsentToken(token);
		if (found.isEmpty()) {
			return page(HttpStatus.NOT_FOUND, "Pedido não encontrado", null,
					"<p>Este pedido de pagamento não existe ou já expirou.</p>");
		}
		PaymentIntentDao.Row intent = found.get();
		PaymentInstitution bank = this.views.institutions(intent.environment()).get(intent.payerInstitutionId());
		if (!"REQUIRES_ACTION".equals(intent.status())) {
			return page(HttpStatus.OK, "Pedido já respondido", bank, "<p>Este pedido de pagamento já foi respondido ("
					+ escape(intent.status()) + ").</p><p><a href=\"" + escape(callback(intent)) + "\">Voltar</a></p>");
		}
		Caller owner = intent.owner();
		CustomerDao.Row payer = this.customers.find(owner, ResourceVersion.V1, intent.customerId()).orElseThrow();
		BankAccountDao.Row beneficiary = this.accounts.byIds(intent.organizationId(),
				List.of(intent.beneficiaryBankAccountId())).get(intent.beneficiaryBankAccountId());
		String body = """
				<p class="amount"><span class="sr">Valor: </span>%s</p>
				<dl>
				<dt>Para</dt><dd id="beneficiary">%s</dd>
				<dt>Descrição</dt><dd id="description">%s</dd>
				<dt>Pagador</dt><dd id="payer">%s</dd>
				<dt>Data</dt><dd>%s</dd>
				</dl>
				<form method="post" action="%s">
				<button type="submit" name="decision" value="approve">Aprovar pagamento</button>
				<button type="submit" name="decision" value="reject">Recusar</button>
				</form>""".formatted(escape(brl(intent.amount())), escape(PaymentIntentViews.holderName(beneficiary)),
				escape(intent.description()),
				escape(payer.name() == null ? TaxIds.formatted(payer.identifier()) : payer.name()),
				intent.scheduleDate() == null ? "Agora" : escape(intent.scheduleDate().toString()),
				escape(PATH + token + "/"));
		return page(HttpStatus.OK, "Autorizar pagamento Pix", bank, body);
	}

	@PostMapping(PATH + "{token}/")
	ResponseEntity<String> decide(@PathVariable String token, @RequestParam(required = false) String decision) {
		if (!"approve".equals(decision) && !"reject".equals(decision)) {
			return page(HttpStatus.BAD_REQUEST, "Resposta inválida", null,
					"<p>Escolha aprovar ou recusar o pagamento.</p>");
		}
		Optional<PaymentIntentDao.Row> decided;
		try {
			decided = this.transaction.execute(status -> this.intents.findByConsentToken(token)
				.flatMap(intent -> this.intents.lock(intent.organizationId(), intent.id()))
				.map(intent -> "approve".equals(decision) ? this.lifecycle.approve(intent)
						: this.lifecycle.reject(intent)));
		}
		catch (ApiException ex) {
			return page(HttpStatus.CONFLICT, "Pedido já respondido", null, "<p>" + escape(ex.getMessage()) + "</p>");
		}
		if (decided == null || decided.isEmpty()) {
			return page(HttpStatus.NOT_FOUND, "Pedido não encontrado", null,
					"<p>Este pedido de pagamento não existe ou já expirou.</p>");
		}
		return ResponseEntity.status(HttpStatus.SEE_OTHER).header("Location", callback(decided.get())).build();
	}

	/** The customer's callback URL with the intent's id and status added to its query. */
	private static String callback(PaymentIntentDao.Row intent) {
		return UriComponentsBuilder.fromUriString(intent.callbackUrl())
			.queryParam("payment_intent_id", intent.id())
			.queryParam("status", intent.status())
			.build()
			.encode()
			.toUriString();
	}

	/**
	 * A page of the payer bank, in its colour. The style block is the page's only styling, allowed by its hash in
	 * the Content-Security-Policy (the colour differs by bank, so the hash is the page's own).
	 */
	private static ResponseEntity<String> page(HttpStatus status, String title, PaymentInstitution bank,
			String content) {
		String name = bank == null ? "Banco pagador (sandbox)" : bank.displayName() + " (sandbox)";
		String color = bank == null || !bank.primaryColor().matches("^#[0-9a-fA-F]{3,8}$") ? "#33415c"
				: bank.primaryColor();
		String style = STYLE + "\nheader{background:" + color + "}";
		String html = """
				<!doctype html>
				<html lang="pt-BR"><head><meta charset="utf-8">
				<meta name="viewport" content="width=device-width, initial-scale=1">
				<title>%s - %s</title><style>%s</style></head>
				<body><header><strong>%s</strong></header>
				<main><section aria-labelledby="title"><h1 id="title">%s</h1>%s</section></main></body></html>"""
			.formatted(escape(title), escape(name), style, escape(name), escape(title), content);
		return ResponseEntity.status(status)
			.contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
			.header("Content-Security-Policy",
					"default-src 'none'; style-src '" + sha256(style) + "'; frame-ancestors 'none'; base-uri 'none'")
			.body(html);
	}

	/** An amount as Brazilians write it: R$ 1.234,12. */
	static String brl(BigDecimal amount) {
		NumberFormat format = NumberFormat.getCurrencyInstance(Locale.forLanguageTag("pt-BR"));
		return format.format(amount).replace('\u00a0', ' ');
	}

	private static String escape(String text) {
		return HtmlUtils.htmlEscape(text, StandardCharsets.UTF_8.name());
	}

	private static String sha256(String text) {
		try {
			return "sha256-" + Base64.getEncoder()
				.encodeToString(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
