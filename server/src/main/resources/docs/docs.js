// The reference page: Swagger UI over the merged description, Belvo's and Ponte's extensions. No validator badge
// (it would call validator.swagger.io), nothing loaded from elsewhere.
window.addEventListener("load", () => {
	window.ui = SwaggerUIBundle({
		urls: [
			{ url: "/openapi.json", name: "Ponte: Belvo's API and Ponte's extensions" },
			{ url: "/openapi/belvo-openapi.json", name: "Belvo API 1.223.0 (the contract)" },
			{ url: "/openapi/ponte-extensions.yaml", name: "Ponte's extensions" },
		],
		dom_id: "#swagger-ui",
		deepLinking: true,
		validatorUrl: null,
		presets: [SwaggerUIBundle.presets.apis, SwaggerUIStandalonePreset],
		layout: "StandaloneLayout",
	});
});
