/*
 * Ponte Connect: the hosted widget's page script. Plain ES2020, no framework, no build step, nothing loaded from
 * elsewhere. The page's Content-Security-Policy allows this script and app.css only: no inline script or style,
 * no eval. The DOM is built with createElement and textContent; the only style set from here is the branding's
 * primary colour, as CSS custom properties on the root element (CSSOM).
 *
 * The access token lives in this closure only: it is taken out of the address bar at once and never written to
 * storage, cookies, URLs or the console. Nor are the credentials the user types.
 */
(() => {
	"use strict";

	// ---------------------------------------------------------------------------------------------------------
	// Text

	const TEXT = {
		pt: {
			brandFallback: "Ponte Connect",
			thisApp: "este aplicativo",
			exit: "Sair",
			back: "Voltar",
			loading: "Carregando…",
			loadingDetail: "Preparando a conexão segura.",
			chooseTitle: "Escolha sua instituição",
			chooseIntro: "Selecione o banco ou a instituição com que você quer conectar sua conta.",
			country: "País",
			search: "Buscar instituição",
			searchPlaceholder: "Nome do banco",
			results: (n) => (n === 1 ? "1 instituição" : `${n} instituições`),
			noResults: "Nenhuma instituição encontrada. Tente outro nome ou país.",
			unhealthy: "instabilidade",
			types: { bank: "Banco", fiscal: "Fiscal", employment: "Emprego", gig: "Plataforma" },
			formTitle: (name) => `Conecte-se a ${name}`,
			updateTitle: (name) => `Atualize suas credenciais de ${name}`,
			formIntro: "Use as mesmas credenciais com que você entra no site ou aplicativo da instituição.",
			updateIntro: "Sua conexão precisa ser renovada. Digite a nova senha para continuar compartilhando seus dados.",
			consentTitle: "Consentimento",
			consentText: (company, institution) =>
				`Ao continuar, você autoriza ${company} a acessar, por meio da Ponte, os dados da sua conta em ${institution}. Suas credenciais são criptografadas e nunca são compartilhadas com ${company}.`,
			purpose: "Finalidade:",
			permissions: "Dados compartilhados:",
			permissionNames: {
				REGISTER: "dados cadastrais",
				ACCOUNTS: "contas",
				CREDIT_CARDS: "cartões de crédito",
				CREDIT_OPERATIONS: "operações de crédito",
				INVESTMENTS: "investimentos",
			},
			duration: (days) => `O consentimento vale por ${days} dias e pode ser revogado a qualquer momento.`,
			terms: "Termos e condições",
			opensNewWindow: "(abre em nova janela)",
			accept: "Li e aceito os termos e autorizo o acesso aos meus dados.",
			acceptRequired: "Para continuar, aceite os termos.",
			required: "Preencha este campo.",
			optional: "Opcional",
			invalid: "Valor inválido.",
			select: "Selecione…",
			submit: "Conectar",
			submitUpdate: "Atualizar credenciais",
			connecting: (name) => `Conectando a ${name}…`,
			connectingDetail: "Isso pode levar alguns segundos. Não feche esta janela.",
			formErrors: "Corrija os campos destacados.",
			serverError: {
				login_error: "Não foi possível entrar com essas credenciais.",
				invalid: "Verifique os dados informados.",
				session_expired: "A verificação expirou. Entre novamente.",
				too_many_sessions: "Há outra sessão aberta nesta instituição. Tente de novo em alguns minutos.",
				institution_down: "A instituição está fora do ar. Tente de novo mais tarde.",
				institution_unavailable: "A instituição está indisponível. Tente de novo mais tarde.",
				other: "Não foi possível conectar.",
			},
			mfaTitle: "Confirme sua identidade",
			mfaIntro: (name) => `${name} pediu um código de verificação.`,
			mfaQr: "Conteúdo do código QR",
			mfaQrHint: "Leia este código com o aplicativo do banco.",
			mfaChallenge: "Código de desafio",
			mfaChallengeHint: "Digite este código no seu dispositivo de token.",
			mfaToken: "Código de verificação",
			mfaExpiry: (minutes) => `O código vale por ${minutes} min.`,
			mfaAgain: "A instituição pediu um novo código.",
			mfaSubmit: "Confirmar",
			tokenInvalid: "Digite o código que a instituição informou.",
			successTitle: "Conta conectada",
			successUpdateTitle: "Credenciais atualizadas",
			successText: (name) => `Sua conta em ${name} foi conectada com sucesso.`,
			successUpdate: (name) => `Suas credenciais de ${name} foram atualizadas.`,
			redirecting: "Redirecionando…",
			closeWindow: "Você já pode fechar esta janela.",
			exitedTitle: "Conexão cancelada",
			exitedText: "Você saiu sem conectar uma conta. Você já pode fechar esta janela.",
			tokenTitle: {
				widget_token_expired: "Sessão expirada",
				widget_token_used: "Sessão já usada",
				widget_token_unknown: "Sessão inválida",
			},
			tokenText: {
				widget_token_expired: "Esta sessão expirou. Volte ao aplicativo e abra a conexão novamente.",
				widget_token_used: "Esta sessão já foi usada. Volte ao aplicativo e abra a conexão novamente.",
				widget_token_unknown: "Este endereço não abre nenhuma sessão. Volte ao aplicativo e abra a conexão novamente.",
			},
			fatalTitle: "Algo deu errado",
			fatalText: "Não foi possível concluir a conexão. Tente novamente mais tarde.",
			errorCode: "Código do erro:",
			retry: "Tentar de novo",
			poweredBy: "Conexão segura por Ponte",
		},
		es: {
			brandFallback: "Ponte Connect",
			thisApp: "esta aplicación",
			exit: "Salir",
			back: "Volver",
			loading: "Cargando…",
			loadingDetail: "Preparando la conexión segura.",
			chooseTitle: "Elige tu institución",
			chooseIntro: "Selecciona el banco o la institución con la que quieres conectar tu cuenta.",
			country: "País",
			search: "Buscar institución",
			searchPlaceholder: "Nombre del banco",
			results: (n) => (n === 1 ? "1 institución" : `${n} instituciones`),
			noResults: "No se encontró ninguna institución. Prueba otro nombre o país.",
			unhealthy: "inestable",
			types: { bank: "Banco", fiscal: "Fiscal", employment: "Empleo", gig: "Plataforma" },
			formTitle: (name) => `Conéctate a ${name}`,
			updateTitle: (name) => `Actualiza tus credenciales de ${name}`,
			formIntro: "Usa las mismas credenciales con las que entras al sitio o a la aplicación de la institución.",
			updateIntro: "Tu conexión necesita renovarse. Escribe la nueva contraseña para seguir compartiendo tus datos.",
			consentTitle: "Consentimiento",
			consentText: (company, institution) =>
				`Al continuar, autorizas a ${company} a acceder, a través de Ponte, a los datos de tu cuenta en ${institution}. Tus credenciales se cifran y nunca se comparten con ${company}.`,
			purpose: "Finalidad:",
			permissions: "Datos compartidos:",
			permissionNames: {
				REGISTER: "datos de registro",
				ACCOUNTS: "cuentas",
				CREDIT_CARDS: "tarjetas de crédito",
				CREDIT_OPERATIONS: "operaciones de crédito",
				INVESTMENTS: "inversiones",
			},
			duration: (days) => `El consentimiento vale por ${days} días y puedes revocarlo en cualquier momento.`,
			terms: "Términos y condiciones",
			opensNewWindow: "(se abre en una ventana nueva)",
			accept: "Leí y acepto los términos y autorizo el acceso a mis datos.",
			acceptRequired: "Para continuar, acepta los términos.",
			required: "Completa este campo.",
			optional: "Opcional",
			invalid: "Valor no válido.",
			select: "Selecciona…",
			submit: "Conectar",
			submitUpdate: "Actualizar credenciales",
			connecting: (name) => `Conectando con ${name}…`,
			connectingDetail: "Esto puede tardar unos segundos. No cierres esta ventana.",
			formErrors: "Corrige los campos marcados.",
			serverError: {
				login_error: "No fue posible entrar con esas credenciales.",
				invalid: "Revisa los datos ingresados.",
				session_expired: "La verificación expiró. Ingresa de nuevo.",
				too_many_sessions: "Hay otra sesión abierta en esta institución. Inténtalo de nuevo en unos minutos.",
				institution_down: "La institución está fuera de servicio. Inténtalo más tarde.",
				institution_unavailable: "La institución no está disponible. Inténtalo más tarde.",
				other: "No fue posible conectar.",
			},
			mfaTitle: "Confirma tu identidad",
			mfaIntro: (name) => `${name} pidió un código de verificación.`,
			mfaQr: "Contenido del código QR",
			mfaQrHint: "Escanea este código con la aplicación del banco.",
			mfaChallenge: "Código de desafío",
			mfaChallengeHint: "Escribe este código en tu dispositivo de token.",
			mfaToken: "Código de verificación",
			mfaExpiry: (minutes) => `El código vale por ${minutes} min.`,
			mfaAgain: "La institución pidió un código nuevo.",
			mfaSubmit: "Confirmar",
			tokenInvalid: "Escribe el código que te dio la institución.",
			successTitle: "Cuenta conectada",
			successUpdateTitle: "Credenciales actualizadas",
			successText: (name) => `Tu cuenta en ${name} se conectó correctamente.`,
			successUpdate: (name) => `Tus credenciales de ${name} se actualizaron.`,
			redirecting: "Redirigiendo…",
			closeWindow: "Ya puedes cerrar esta ventana.",
			exitedTitle: "Conexión cancelada",
			exitedText: "Saliste sin conectar una cuenta. Ya puedes cerrar esta ventana.",
			tokenTitle: {
				widget_token_expired: "Sesión expirada",
				widget_token_used: "Sesión ya usada",
				widget_token_unknown: "Sesión inválida",
			},
			tokenText: {
				widget_token_expired: "Esta sesión expiró. Vuelve a la aplicación y abre la conexión de nuevo.",
				widget_token_used: "Esta sesión ya se usó. Vuelve a la aplicación y abre la conexión de nuevo.",
				widget_token_unknown: "Esta dirección no abre ninguna sesión. Vuelve a la aplicación y abre la conexión de nuevo.",
			},
			fatalTitle: "Algo salió mal",
			fatalText: "No fue posible completar la conexión. Inténtalo más tarde.",
			errorCode: "Código de error:",
			retry: "Intentar de nuevo",
			poweredBy: "Conexión segura por Ponte",
		},
		en: {
			brandFallback: "Ponte Connect",
			thisApp: "this app",
			exit: "Exit",
			back: "Back",
			loading: "Loading…",
			loadingDetail: "Preparing the secure connection.",
			chooseTitle: "Choose your institution",
			chooseIntro: "Select the bank or institution you want to connect your account with.",
			country: "Country",
			search: "Search institutions",
			searchPlaceholder: "Bank name",
			results: (n) => (n === 1 ? "1 institution" : `${n} institutions`),
			noResults: "No institution found. Try another name or country.",
			unhealthy: "unstable",
			types: { bank: "Bank", fiscal: "Tax authority", employment: "Employment", gig: "Platform" },
			formTitle: (name) => `Connect to ${name}`,
			updateTitle: (name) => `Update your credentials for ${name}`,
			formIntro: "Use the same credentials you use on the institution's website or app.",
			updateIntro: "Your connection needs renewing. Enter your new password to keep sharing your data.",
			consentTitle: "Consent",
			consentText: (company, institution) =>
				`By continuing, you allow ${company} to access, through Ponte, your account data at ${institution}. Your credentials are encrypted and never shared with ${company}.`,
			purpose: "Purpose:",
			permissions: "Data shared:",
			permissionNames: {
				REGISTER: "registration data",
				ACCOUNTS: "accounts",
				CREDIT_CARDS: "credit cards",
				CREDIT_OPERATIONS: "credit operations",
				INVESTMENTS: "investments",
			},
			duration: (days) => `The consent is valid for ${days} days and you can revoke it at any time.`,
			terms: "Terms and conditions",
			opensNewWindow: "(opens in a new window)",
			accept: "I have read and accept the terms and allow access to my data.",
			acceptRequired: "To continue, accept the terms.",
			required: "Fill in this field.",
			optional: "Optional",
			invalid: "Invalid value.",
			select: "Select…",
			submit: "Connect",
			submitUpdate: "Update credentials",
			connecting: (name) => `Connecting to ${name}…`,
			connectingDetail: "This may take a few seconds. Do not close this window.",
			formErrors: "Correct the highlighted fields.",
			serverError: {
				login_error: "We could not log in with these credentials.",
				invalid: "Check the details you entered.",
				session_expired: "The verification expired. Log in again.",
				too_many_sessions: "Another session is open at this institution. Try again in a few minutes.",
				institution_down: "The institution is down. Try again later.",
				institution_unavailable: "The institution is unavailable. Try again later.",
				other: "We could not connect.",
			},
			mfaTitle: "Confirm it's you",
			mfaIntro: (name) => `${name} asked for a verification code.`,
			mfaQr: "QR code content",
			mfaQrHint: "Scan this code with your bank's app.",
			mfaChallenge: "Challenge code",
			mfaChallengeHint: "Type this code into your token device.",
			mfaToken: "Verification code",
			mfaExpiry: (minutes) => `The code is valid for ${minutes} min.`,
			mfaAgain: "The institution asked for a new code.",
			mfaSubmit: "Confirm",
			tokenInvalid: "Enter the code the institution gave you.",
			successTitle: "Account connected",
			successUpdateTitle: "Credentials updated",
			successText: (name) => `Your account at ${name} is connected.`,
			successUpdate: (name) => `Your credentials for ${name} are updated.`,
			redirecting: "Redirecting…",
			closeWindow: "You can close this window now.",
			exitedTitle: "Connection cancelled",
			exitedText: "You left without connecting an account. You can close this window now.",
			tokenTitle: {
				widget_token_expired: "Session expired",
				widget_token_used: "Session already used",
				widget_token_unknown: "Invalid session",
			},
			tokenText: {
				widget_token_expired: "This session expired. Go back to the app and open the connection again.",
				widget_token_used: "This session was used already. Go back to the app and open the connection again.",
				widget_token_unknown: "This address opens no session. Go back to the app and open the connection again.",
			},
			fatalTitle: "Something went wrong",
			fatalText: "We could not finish the connection. Try again later.",
			errorCode: "Error code:",
			retry: "Try again",
			poweredBy: "Secure connection by Ponte",
		},
	};

	// ---------------------------------------------------------------------------------------------------------
	// Start: the token out of the address bar before anything else

	const params = new URLSearchParams(location.search);
	const accessToken = params.get("access_token") || "";
	if (params.has("access_token")) {
		params.delete("access_token");
		const query = params.toString();
		history.replaceState(null, "", location.pathname + (query ? "?" + query : "") + location.hash);
	}

	const lang = languageOf(document.documentElement.lang || params.get("locale") || navigator.language || "en");
	const t = TEXT[lang];
	const app = document.getElementById("app");

	const state = {
		session: null,
		institutions: [],
		country: "",
		query: "",
		institution: null,
		values: {},
		lastError: null,
		busy: false,
		succeeded: false,
		accepted: false,
		challenge: null,
	};

	let idCounter = 0;

	function languageOf(tag) {
		const code = String(tag).toLowerCase().slice(0, 2);
		return TEXT[code] ? code : "en";
	}

	// ---------------------------------------------------------------------------------------------------------
	// DOM helpers

	/** An element with attributes (never style, never event handler attributes) and children. */
	function el(tag, attributes, ...children) {
		const node = document.createElement(tag);
		for (const [name, value] of Object.entries(attributes || {})) {
			if (value === null || value === undefined || value === false) {
				continue;
			}
			if (name === "className") {
				node.className = value;
			}
			else if (name === "text") {
				node.textContent = value;
			}
			else if (name.startsWith("on") && typeof value === "function") {
				node.addEventListener(name.slice(2), value);
			}
			else {
				node.setAttribute(name, value === true ? "" : String(value));
			}
		}
		for (const child of children.flat()) {
			if (child === null || child === undefined || child === false) {
				continue;
			}
			node.append(child instanceof Node ? child : document.createTextNode(String(child)));
		}
		return node;
	}

	function nextId(prefix) {
		idCounter += 1;
		return `${prefix}-${idCounter}`;
	}

	/** Replaces the screen and moves focus to its heading, so screen readers announce where the user is. */
	function show(...children) {
		app.replaceChildren(...children);
		app.setAttribute("aria-busy", state.busy ? "true" : "false");
		const heading = app.querySelector("h1");
		if (heading) {
			heading.setAttribute("tabindex", "-1");
			heading.focus({ preventScroll: false });
		}
		window.scrollTo(0, 0);
	}

	function heading(text) {
		return el("h1", { className: "title", tabindex: "-1", text });
	}

	/** An image only from this server or a data: URL: anything else the CSP refuses, and it would leak a request. */
	function safeImage(url, alt, className) {
		if (typeof url !== "string" || url === "") {
			return null;
		}
		let allowed = false;
		if (/^data:image\/(png|gif|jpeg|webp|svg\+xml)[;,]/i.test(url)) {
			allowed = true;
		}
		else {
			try {
				allowed = new URL(url, location.href).origin === location.origin;
			}
			catch (e) {
				allowed = false;
			}
		}
		return allowed ? el("img", { src: url, alt, className, decoding: "async" }) : null;
	}

	/** A link the user may follow (http or https only). */
	function safeHref(url) {
		if (typeof url !== "string" || url.trim() === "") {
			return null;
		}
		try {
			const parsed = new URL(url, location.href);
			return parsed.protocol === "https:" || parsed.protocol === "http:" ? parsed.href : null;
		}
		catch (e) {
			return null;
		}
	}

	function companyName() {
		const branding = (state.session && state.session.branding) || {};
		return typeof branding.company_name === "string" && branding.company_name.trim() !== ""
			? branding.company_name.trim() : null;
	}

	function institutionName(institution) {
		return (institution && (institution.display_name || institution.name)) || "";
	}

	// ---------------------------------------------------------------------------------------------------------
	// Branding and page frame

	/**
	 * The token's widget.theme: [{css_key, value}]. Belvo's primary colour key sets ours; any other custom property
	 * is set as given when both its name and value are plain (the CSSOM, which the CSP allows).
	 */
	function applyTheme(theme) {
		const root = document.documentElement.style;
		for (const entry of Array.isArray(theme) ? theme : []) {
			const key = entry && typeof entry.css_key === "string" ? entry.css_key.trim() : "";
			const value = entry && typeof entry.value === "string" ? entry.value.trim() : "";
			if (!/^--[a-z0-9-]{1,60}$/i.test(key) || !/^[#a-z0-9(),.% -]{1,60}$/i.test(value)) {
				continue;
			}
			if (key === "--color-primary-base" && /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.test(value)) {
				const hex = expandHex(value);
				root.setProperty("--primary", hex);
				root.setProperty("--on-primary", luminance(hex) > 0.45 ? "#111827" : "#ffffff");
			}
			else {
				root.setProperty(key, value);
			}
		}
	}

	function applyBranding() {
		const branding = (state.session && state.session.branding) || {};
		const color = branding.primary_color || branding.color;
		if (typeof color === "string" && /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.test(color.trim())) {
			const hex = expandHex(color.trim());
			const root = document.documentElement.style;
			root.setProperty("--primary", hex);
			root.setProperty("--on-primary", luminance(hex) > 0.45 ? "#111827" : "#ffffff");
		}
		applyTheme((state.session && state.session.theme) || []);
		const header = el("header", { className: "brand" });
		const logo = safeImage(branding.company_logo || branding.company_icon, companyName() || t.brandFallback,
			"brand-logo");
		const name = el("span", { className: "brand-name", text: companyName() || t.brandFallback });
		const exit = el("button", { type: "button", className: "button-quiet exit", onclick: exitWidget }, t.exit);
		header.append(el("div", { className: "brand-id" }, logo, name), exit);
		document.body.insertBefore(header, app);
		document.body.append(el("footer", { className: "powered" }, el("span", { className: "lock", "aria-hidden": "true" }),
			t.poweredBy));
		if (companyName()) {
			document.title = `${companyName()} · ${t.brandFallback}`;
		}
	}

	function expandHex(hex) {
		return hex.length === 4 ? "#" + [...hex.slice(1)].map((c) => c + c).join("") : hex;
	}

	function luminance(hex) {
		const channels = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255)
			.map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
		return 0.2126 * channels[0] + 0.7152 * channels[1] + 0.0722 * channels[2];
	}

	// ---------------------------------------------------------------------------------------------------------
	// The widget's API

	class Fatal extends Error {
		constructor(code, message) {
			super(message);
			this.code = code;
		}
	}

	/** Calls the widget API; answers {status, body} for any HTTP answer, throws Fatal when nothing usable came. */
	async function api(method, path, body) {
		let response;
		try {
			response = await fetch(path, {
				method,
				headers: Object.assign({ Authorization: "Bearer " + accessToken, Accept: "application/json" },
					body === undefined ? {} : { "Content-Type": "application/json" }),
				body: body === undefined ? undefined : JSON.stringify(body),
				credentials: "omit",
				cache: "no-store",
				redirect: "error",
				referrerPolicy: "no-referrer",
			});
		}
		catch (e) {
			throw new Fatal("network_error", "The connection to the server failed.");
		}
		let json = null;
		try {
			const text = await response.text();
			json = text ? JSON.parse(text) : null;
		}
		catch (e) {
			json = null;
		}
		if (response.status >= 500 || (json === null && response.status !== 204)) {
			const first = firstError(json);
			throw new Fatal((first && first.code) || "unexpected_error",
				(first && first.message) || `The server answered ${response.status}.`);
		}
		return { status: response.status, body: json };
	}

	function firstError(body) {
		if (Array.isArray(body) && body.length > 0 && body[0] && typeof body[0] === "object") {
			return body[0];
		}
		if (body && typeof body === "object" && typeof body.code === "string") {
			return body;
		}
		return null;
	}

	/** What every answer of the widget API can be besides the expected one. */
	function refused(answer) {
		if (answer.status === 401) {
			const error = firstError(answer.body) || {};
			showTokenRefused(error.code, error.message);
			return true;
		}
		return false;
	}

	// ---------------------------------------------------------------------------------------------------------
	// Callbacks

	function post(message) {
		try {
			if (window.opener && window.opener !== window) {
				window.opener.postMessage(message, "*");
			}
		}
		catch (e) {
			// an opener we may not talk to is no reason to stop
		}
	}

	function callbackUrl(kind, query) {
		const urls = (state.session && state.session.callback_urls) || {};
		const raw = urls[kind];
		if (typeof raw !== "string" || raw === "") {
			return null;
		}
		let url;
		try {
			url = new URL(raw, location.href);
		}
		catch (e) {
			return null;
		}
		if (url.protocol !== "https:" && url.protocol !== "http:") {
			return null;
		}
		for (const [name, value] of Object.entries(query)) {
			if (value !== null && value !== undefined && value !== "") {
				url.searchParams.append(name, String(value));
			}
		}
		return url.href;
	}

	function exitWidget() {
		if (state.succeeded) {
			return;
		}
		const institution = state.institution ? state.institution.name : null;
		const last = state.lastError;
		post({ type: "ponte:exit", institution, last_error: last });
		const url = callbackUrl("exit", { institution, last_error: last && last.code });
		if (url) {
			location.assign(url);
			return;
		}
		show(heading(t.exitedTitle), el("p", { text: t.exitedText }));
	}

	/** An error nothing on this page can mend: tell the opener and the event callback, and say so. */
	function fatal(code, message) {
		state.busy = false;
		post({ type: "ponte:error", code, message });
		show(heading(t.fatalTitle), el("p", { text: t.fatalText }),
			el("p", { className: "muted" }, t.errorCode + " ", el("code", { text: code })));
		const url = callbackUrl("event", {
			code,
			message,
			institution: state.institution ? state.institution.name : null,
		});
		if (url) {
			location.assign(url);
		}
	}

	// ---------------------------------------------------------------------------------------------------------
	// Screens

	function showLoading(title, detail) {
		state.busy = true;
		show(heading(title),
			el("div", { className: "progress", role: "status" },
				el("span", { className: "spinner", "aria-hidden": "true" }),
				el("span", { text: detail })));
	}

	function showTokenRefused(code, message) {
		state.busy = false;
		const known = Object.prototype.hasOwnProperty.call(t.tokenTitle, code) ? code : "widget_token_unknown";
		post({ type: "ponte:error", code: known, message: message || t.tokenText[known] });
		show(el("div", { className: "notice notice-warning" },
			heading(t.tokenTitle[known]),
			el("p", { text: t.tokenText[known] })));
	}

	// (1) the country and the institution

	function countriesOf(institutions) {
		const codes = new Set();
		for (const institution of institutions) {
			for (const code of institution.country_codes || []) {
				codes.add(code);
			}
		}
		let names = null;
		try {
			names = new Intl.DisplayNames([document.documentElement.lang || lang], { type: "region" });
		}
		catch (e) {
			names = null;
		}
		return [...codes].map((code) => ({ code, name: (names && names.of(code)) || code }))
			.sort((a, b) => a.name.localeCompare(b.name, lang));
	}

	function defaultCountry(countries) {
		const preferred = { pt: ["BR"], es: ["MX", "CO", "CL"], en: [] }[lang];
		for (const code of preferred) {
			if (countries.some((c) => c.code === code)) {
				return code;
			}
		}
		return countries.length > 0 ? countries[0].code : "";
	}

	function fold(text) {
		return String(text || "").normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase().trim();
	}

	function showInstitutions() {
		state.busy = false;
		state.institution = null;
		const countries = countriesOf(state.institutions);
		if (!countries.some((c) => c.code === state.country)) {
			state.country = defaultCountry(countries);
		}
		const countryId = nextId("country");
		const searchId = nextId("search");
		const countId = nextId("count");
		const country = el("select", { id: countryId, name: "country", className: "input", autocomplete: "country" },
			countries.map((c) => el("option", { value: c.code, selected: c.code === state.country }, c.name)));
		const search = el("input", {
			id: searchId,
			type: "search",
			name: "search",
			className: "input",
			placeholder: t.searchPlaceholder,
			autocomplete: "off",
			spellcheck: "false",
			"aria-describedby": countId,
			"aria-controls": "institution-list",
		});
		search.value = state.query;
		const count = el("p", { id: countId, className: "muted count", role: "status" });
		const list = el("ul", { id: "institution-list", className: "institutions" });

		const refresh = () => {
			const query = fold(state.query);
			const shown = state.institutions
				.filter((i) => (i.country_codes || []).includes(state.country) || countries.length === 0)
				.filter((i) => query === "" || fold(institutionName(i)).includes(query) || fold(i.name).includes(query))
				.sort((a, b) => institutionName(a).localeCompare(institutionName(b), lang));
			list.replaceChildren(...shown.map(institutionButton));
			count.textContent = shown.length === 0 ? t.noResults : t.results(shown.length);
		};
		country.addEventListener("change", () => {
			state.country = country.value;
			refresh();
		});
		search.addEventListener("input", () => {
			state.query = search.value;
			refresh();
		});
		search.addEventListener("keydown", (event) => {
			if (event.key === "Enter") {
				event.preventDefault();
				const first = list.querySelector("button");
				if (first) {
					first.focus();
				}
			}
		});
		refresh();
		show(heading(t.chooseTitle),
			el("p", { className: "intro", text: t.chooseIntro }),
			el("div", { className: "filters" },
				el("div", { className: "field field-country" }, el("label", { for: countryId, text: t.country }), country),
				el("div", { className: "field field-search" }, el("label", { for: searchId, text: t.search }), search)),
			count,
			list);
	}

	function institutionButton(institution) {
		const name = institutionName(institution);
		const logo = safeImage(institution.icon_logo || institution.logo, "", "institution-logo");
		const badge = logo || el("span", { className: "institution-initial", "aria-hidden": "true" },
			name.slice(0, 1).toUpperCase());
		const type = t.types[institution.type] || institution.type || "";
		const details = [type];
		if (institution.status && institution.status !== "healthy") {
			details.push(t.unhealthy);
		}
		return el("li", null, el("button", {
			type: "button",
			className: "institution",
			"data-institution": institution.name,
			onclick: () => chooseInstitution(institution),
		}, badge,
		el("span", { className: "institution-text" },
			el("span", { className: "institution-name", text: name }),
			el("span", { className: "institution-type", text: details.filter(Boolean).join(" · ") })),
		el("span", { className: "chevron", "aria-hidden": "true" })));
	}

	function chooseInstitution(institution) {
		state.institution = institution;
		state.values = {};
		state.accepted = false;
		state.lastError = null;
		showForm({});
	}

	// (2) the login form

	function updateMode() {
		return Boolean(state.session && state.session.update_link);
	}

	/** The fields the form asks: the institution's (its token is asked when the institution asks for it). */
	function formFields(institution) {
		const fields = (institution.form_fields || []).filter((f) => f && f.name && f.name !== "token");
		if (!updateMode()) {
			return fields;
		}
		const secrets = fields.filter((f) => f.type === "password");
		return secrets.length > 0 ? secrets : fields;
	}

	function compile(pattern) {
		if (typeof pattern !== "string" || pattern === "") {
			return null;
		}
		try {
			return new RegExp(pattern, "u");
		}
		catch (e) {
			try {
				return new RegExp(pattern);
			}
			catch (e2) {
				return null;
			}
		}
	}

	/** A field's rules, a select's chosen value refining the username's (Belvo's document types). */
	function rulesOf(field, form) {
		let rules = {
			validation: field.validation,
			message: field.validation_message,
			placeholder: field.placeholder,
		};
		if (field.name === "username" && form) {
			const select = form.querySelector('select[data-refines="username"]');
			const selected = select && select._values && select._values.find((v) => v.code === select.value);
			if (selected) {
				rules = {
					validation: selected.validation || rules.validation,
					message: selected.validation_message || rules.message,
					placeholder: selected.placeholder || rules.placeholder,
				};
			}
		}
		const regex = compile(rules.validation);
		const required = !field.optional && !(regex && regex.test(""));
		return { regex, required, message: rules.message, placeholder: rules.placeholder };
	}

	function showForm({ error, fieldErrors }) {
		state.busy = false;
		const institution = state.institution;
		const name = institutionName(institution);
		const fields = formFields(institution);
		const form = el("form", { className: "login", novalidate: true, "aria-labelledby": "form-title" });
		const inputs = [];

		const summaryId = nextId("form-error");
		const summary = el("div", { id: summaryId, className: "form-error", role: "alert" });
		if (error) {
			summary.append(el("p", { className: "form-error-title", text: error.title }));
			if (error.message) {
				summary.append(el("p", { className: "form-error-message", text: error.message }));
			}
		}
		else {
			summary.hidden = true;
		}
		form.append(summary);

		for (const field of fields) {
			const id = nextId("field-" + field.name.replace(/[^a-z0-9_-]/gi, ""));
			const errorId = id + "-error";
			const hintId = id + "-hint";
			const label = el("label", { for: id, text: field.label || field.name });
			let input;
			if (Array.isArray(field.values) && field.values.length > 0) {
				input = el("select", { id, name: field.name, className: "input" },
					el("option", { value: "", text: field.placeholder || t.select }),
					field.values.map((v) => el("option", { value: v.code, text: v.label || v.code })));
				input._values = field.values;
				if (field.name === "username_type") {
					input.setAttribute("data-refines", "username");
				}
			}
			else {
				const secret = field.type === "password";
				const numeric = field.type === "number";
				input = el("input", {
					id,
					name: field.name,
					className: "input",
					type: secret ? "password" : field.type === "email" ? "email" : field.type === "tel" ? "tel" : "text",
					inputmode: numeric ? "numeric" : null,
					autocomplete: secret ? (updateMode() ? "new-password" : "current-password")
						: field.name === "username" ? "username" : "off",
					autocapitalize: "none",
					spellcheck: "false",
				});
			}
			const value = state.values[field.name];
			if (typeof value === "string" && field.type !== "password") {
				input.value = value;
			}
			const fieldError = el("p", { id: errorId, className: "field-error", role: "alert" });
			const hint = el("p", { id: hintId, className: "hint" });
			const wrapper = el("div", { className: "field" }, label, input, hint, fieldError);
			inputs.push({ field, input, fieldError, hint, errorId, hintId });
			form.append(wrapper);
		}

		const refreshRules = () => {
			for (const item of inputs) {
				const rules = rulesOf(item.field, form);
				if (item.input.tagName === "INPUT" && rules.placeholder) {
					item.input.placeholder = rules.placeholder;
				}
				item.input.required = rules.required;
				item.input.setAttribute("aria-required", rules.required ? "true" : "false");
				item.hint.textContent = "";
				item.hint.hidden = true;
				if (item.field.optional) {
					item.hint.hidden = false;
					item.hint.textContent = t.optional;
				}
				describe(item);
			}
		};

		const describe = (item) => {
			const ids = [];
			if (!item.hint.hidden) {
				ids.push(item.hintId);
			}
			if (item.fieldError.textContent) {
				ids.push(item.errorId);
			}
			if (item.extra) {
				ids.push(item.extra);
			}
			if (ids.length > 0) {
				item.input.setAttribute("aria-describedby", ids.join(" "));
			}
			else {
				item.input.removeAttribute("aria-describedby");
			}
		};

		const setFieldError = (item, message) => {
			item.fieldError.textContent = message || "";
			item.fieldError.hidden = !message;
			if (message) {
				item.input.setAttribute("aria-invalid", "true");
			}
			else {
				item.input.removeAttribute("aria-invalid");
			}
			describe(item);
		};

		const check = (item) => {
			const rules = rulesOf(item.field, form);
			const value = item.input.value;
			if (value === "") {
				return rules.required ? t.required : null;
			}
			if (rules.regex && !rules.regex.test(value)) {
				return rules.message || t.invalid;
			}
			return null;
		};

		for (const item of inputs) {
			setFieldError(item, null);
			item.input.addEventListener("change", () => {
				if (item.input.getAttribute("data-refines")) {
					refreshRules();
				}
				if (item.input.getAttribute("aria-invalid") === "true") {
					setFieldError(item, check(item));
				}
			});
			// a field said wrong is checked again as the user mends it (never on blur: the layout would move
			// under the pointer on its way to the next control)
			item.input.addEventListener("input", () => {
				if (item.input.getAttribute("aria-invalid") === "true") {
					setFieldError(item, check(item));
				}
			});
		}
		refreshRules();

		// consent
		const company = companyName() || t.thisApp;
		const consent = (state.session && state.session.consent) || null;
		const consentBox = el("section", { className: "terms-box", "aria-labelledby": "consent-title" },
			el("h2", { id: "consent-title", className: "subtitle", text: t.consentTitle }),
			el("p", { text: t.consentText(company, name) }));
		if (consent && typeof consent.purpose === "string" && consent.purpose.trim() !== "") {
			consentBox.append(el("p", null, el("strong", { text: t.purpose }), " ", consent.purpose.trim()));
		}
		if (institution.integration_type === "openfinance") {
			// an Open Finance Brasil consent: what it shares, and for how long
			const permissions = consent && Array.isArray(consent.permissions)
				? consent.permissions.filter((p) => typeof p === "string") : [];
			if (permissions.length > 0) {
				consentBox.append(el("p", null, el("strong", { text: t.permissions }), " ",
					permissions.map((p) => t.permissionNames[p] || p).join(", ")));
			}
			const days = consent && Number.isInteger(consent.default_consent_duration_days)
				? consent.default_consent_duration_days : 366;
			consentBox.append(el("p", { text: t.duration(days) }));
		}
		const termsUrl = consent && safeHref(consent.terms_and_conditions_url);
		const brandingTerms = safeHref(((state.session && state.session.branding) || {}).company_terms_url);
		const terms = termsUrl || brandingTerms;
		if (terms) {
			consentBox.append(el("p", null, el("a", { href: terms, target: "_blank", rel: "noopener noreferrer" },
				t.terms, el("span", { className: "visually-hidden", text: " " + t.opensNewWindow }))));
		}
		const acceptId = nextId("accept");
		const acceptErrorId = acceptId + "-error";
		const accept = el("input", { id: acceptId, type: "checkbox", name: "accept", className: "checkbox", required: true,
			"aria-required": "true" });
		accept.checked = state.accepted;
		const acceptError = el("p", { id: acceptErrorId, className: "field-error", role: "alert", hidden: true });
		accept.addEventListener("change", () => {
			state.accepted = accept.checked;
			if (accept.checked) {
				acceptError.textContent = "";
				acceptError.hidden = true;
				accept.removeAttribute("aria-invalid");
				accept.removeAttribute("aria-describedby");
			}
		});
		consentBox.append(el("div", { className: "check" }, accept, el("label", { for: acceptId, text: t.accept })),
			acceptError);

		const submit = el("button", { type: "submit", className: "button-primary" },
			updateMode() ? t.submitUpdate : t.submit);
		form.append(consentBox, submit);

		form.addEventListener("submit", (event) => {
			event.preventDefault();
			if (state.busy) {
				return;
			}
			let firstInvalid = null;
			for (const item of inputs) {
				const problem = check(item);
				setFieldError(item, problem);
				if (problem && !firstInvalid) {
					firstInvalid = item.input;
				}
			}
			if (!accept.checked) {
				acceptError.textContent = t.acceptRequired;
				acceptError.hidden = false;
				accept.setAttribute("aria-invalid", "true");
				accept.setAttribute("aria-describedby", acceptErrorId);
				firstInvalid = firstInvalid || accept;
			}
			if (firstInvalid) {
				firstInvalid.focus();
				return;
			}
			const credentials = {};
			for (const item of inputs) {
				if (item.input.value !== "") {
					credentials[item.field.name] = item.input.value;
				}
				if (item.field.type !== "password") {
					state.values[item.field.name] = item.input.value;
				}
			}
			submitCredentials(credentials);
		});

		// errors the server tied to a field
		let focusTarget = null;
		for (const [fieldName, message] of Object.entries(fieldErrors || {})) {
			const item = inputs.find((i) => i.field.name === fieldName);
			if (item) {
				setFieldError(item, message);
				focusTarget = focusTarget || item.input;
			}
		}
		if (error && !focusTarget) {
			// the institution refused the credentials: the secret is asked again, the message tied to it
			const secret = inputs.find((i) => i.field.type === "password") || inputs[0];
			if (secret) {
				secret.extra = summaryId;
				describe(secret);
				focusTarget = secret.input;
			}
		}

		const children = [];
		if (!updateMode()) {
			children.push(el("button", { type: "button", className: "button-quiet back", onclick: showInstitutions },
				el("span", { "aria-hidden": "true", text: "← " }), t.back));
		}
		const title = heading(updateMode() ? t.updateTitle(name) : t.formTitle(name));
		title.id = "form-title";
		const logo = safeImage(institution.icon_logo || institution.logo, "", "form-logo");
		children.push(el("div", { className: "form-head" }, logo, title),
			el("p", { className: "intro", text: updateMode() ? t.updateIntro : t.formIntro }),
			form);
		show(...children);
		if (focusTarget) {
			focusTarget.focus();
		}
	}

	// (4) progress, and the answers to a login

	async function submitCredentials(credentials) {
		const institution = state.institution;
		showLoading(t.connecting(institutionName(institution)), t.connectingDetail);
		try {
			let answer;
			if (updateMode()) {
				answer = await api("PUT", `/widget/api/links/${encodeURIComponent(state.session.update_link.id)}/`,
					credentials);
			}
			else {
				answer = await api("POST", "/widget/api/links/", Object.assign({ institution: institution.name },
					credentials));
			}
			handleAnswer(answer, false);
		}
		catch (e) {
			handleFailure(e);
		}
	}

	async function submitToken(challenge, token) {
		showLoading(t.connecting(institutionName(state.institution)), t.connectingDetail);
		try {
			const answer = await api("PATCH", "/widget/api/links/", {
				session: challenge.session,
				link: challenge.link,
				token,
			});
			handleAnswer(answer, true);
		}
		catch (e) {
			handleFailure(e);
		}
	}

	function handleFailure(e) {
		if (e instanceof Fatal) {
			fatal(e.code, e.message);
		}
		else {
			fatal("unexpected_error", "The page met an unexpected error.");
		}
	}

	function handleAnswer(answer, fromMfa) {
		state.busy = false;
		if (refused(answer)) {
			return;
		}
		if (answer.status === 200 || answer.status === 201) {
			succeed(answer.body || {});
			return;
		}
		const error = firstError(answer.body) || { code: "unexpected_error", message: "" };
		if (answer.status === 428 && error.code === "token_required") {
			showMfa(error, fromMfa);
			return;
		}
		if (answer.status === 400) {
			state.lastError = { code: error.code, message: error.message };
			const title = t.serverError[error.code] || t.serverError.other;
			const fieldErrors = {};
			const all = Array.isArray(answer.body) ? answer.body : [error];
			for (const item of all) {
				if (item && item.field) {
					fieldErrors[item.field] = item.message;
				}
			}
			if (fromMfa && fieldErrors.token && state.challenge) {
				showMfa(state.challenge, false, fieldErrors.token);
				return;
			}
			showForm({ error: { title, message: error.message }, fieldErrors });
			return;
		}
		fatal(error.code || `http_${answer.status}`, error.message || `The server answered ${answer.status}.`);
	}

	// (3) MFA

	function showMfa(challenge, again, tokenError) {
		state.busy = false;
		state.challenge = challenge;
		const data = challenge.token_generation_data || {};
		const name = institutionName(state.institution);
		const children = [heading(t.mfaTitle), el("p", { className: "intro", text: t.mfaIntro(name) })];
		if (again) {
			children.push(el("p", { className: "notice notice-info", role: "alert", text: t.mfaAgain }));
		}
		if (typeof data.instructions === "string" && data.instructions !== "") {
			children.push(el("p", { className: "instructions", text: data.instructions }));
		}
		const value = data.value === null || data.value === undefined ? "" : String(data.value);
		if (value !== "" && data.type === "qr") {
			const qrId = nextId("qr");
			children.push(el("figure", { className: "challenge challenge-qr" },
				el("figcaption", { id: qrId, text: t.mfaQr }),
				el("pre", { "aria-labelledby": qrId }, el("code", { text: value })),
				el("p", { className: "muted", text: t.mfaQrHint })));
		}
		else if (value !== "") {
			const challengeId = nextId("challenge");
			children.push(el("figure", { className: "challenge challenge-numeric" },
				el("figcaption", { id: challengeId, text: t.mfaChallenge }),
				el("output", { className: "challenge-value", "aria-labelledby": challengeId, text: value }),
				el("p", { className: "muted", text: t.mfaChallengeHint })));
		}
		const tokenField = ((state.institution && state.institution.form_fields) || []).find((f) => f.name === "token");
		const id = nextId("token");
		const errorId = id + "-error";
		const input = el("input", {
			id,
			name: "token",
			type: "text",
			className: "input input-token",
			inputmode: tokenField && tokenField.type !== "number" ? null : "numeric",
			autocomplete: "one-time-code",
			autocapitalize: "none",
			spellcheck: "false",
			required: true,
			"aria-required": "true",
		});
		const error = el("p", { id: errorId, className: "field-error", role: "alert", hidden: true });
		const setError = (message) => {
			error.textContent = message || "";
			error.hidden = !message;
			if (message) {
				input.setAttribute("aria-invalid", "true");
				input.setAttribute("aria-describedby", errorId);
			}
			else {
				input.removeAttribute("aria-invalid");
				input.removeAttribute("aria-describedby");
			}
		};
		const form = el("form", { className: "login", novalidate: true },
			el("div", { className: "field" }, el("label", { for: id, text: t.mfaToken }), input, error));
		if (typeof challenge.expiry === "number" && challenge.expiry > 0) {
			form.append(el("p", { className: "muted", text: t.mfaExpiry(Math.max(1, Math.round(challenge.expiry / 60))) }));
		}
		form.append(el("button", { type: "submit", className: "button-primary" }, t.mfaSubmit));
		form.addEventListener("submit", (event) => {
			event.preventDefault();
			const token = input.value.trim();
			if (token === "" || !/^[A-Za-z0-9]{1,64}$/.test(token)) {
				setError(t.tokenInvalid);
				input.focus();
				return;
			}
			submitToken(challenge, token);
		});
		children.push(form);
		show(...children);
		if (tokenError) {
			setError(tokenError);
			input.focus();
		}
	}

	// (5) success

	function succeed(result) {
		state.succeeded = true;
		state.busy = false;
		const institution = result.institution || (state.institution && state.institution.name);
		post({ type: "ponte:success", link: result.link, institution });
		const url = callbackUrl("success", { link: result.link, institution });
		const name = institutionName(state.institution) || institution;
		show(el("div", { className: "notice notice-success" },
			el("span", { className: "check-mark", "aria-hidden": "true" }),
			heading(updateMode() ? t.successUpdateTitle : t.successTitle),
			el("p", { text: updateMode() ? t.successUpdate(name) : t.successText(name) }),
			el("p", { className: "muted", role: "status", text: url ? t.redirecting : t.closeWindow })));
		const exit = document.querySelector(".exit");
		if (exit) {
			exit.hidden = true;
		}
		if (url) {
			location.assign(url);
		}
	}

	// ---------------------------------------------------------------------------------------------------------
	// Start

	async function start() {
		if (!app) {
			return;
		}
		showLoading(t.loading, t.loadingDetail);
		try {
			const session = await api("GET", "/widget/api/session/");
			if (session.status === 401) {
				refused(session);
				return;
			}
			if (session.status !== 200 || !session.body) {
				const error = firstError(session.body) || {};
				fatal(error.code || `http_${session.status}`, error.message || "The session could not be read.");
				return;
			}
			state.session = session.body;
			applyBranding();
			const institutions = await api("GET", "/widget/api/institutions/");
			if (refused(institutions)) {
				return;
			}
			if (institutions.status !== 200 || !Array.isArray(institutions.body)) {
				const error = firstError(institutions.body) || {};
				fatal(error.code || `http_${institutions.status}`, error.message || "The institutions could not be read.");
				return;
			}
			state.institutions = institutions.body.filter((i) => i && typeof i.name === "string");
			if (updateMode()) {
				const wanted = state.session.update_link.institution;
				const institution = state.institutions.find((i) => i.name === wanted);
				if (!institution) {
					fatal("institution_not_found", "The link's institution is not available.");
					return;
				}
				state.institution = institution;
				showForm({});
			}
			else {
				showInstitutions();
			}
		}
		catch (e) {
			handleFailure(e);
		}
	}

	start();
})();
