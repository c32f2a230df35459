package io.ponte.connectors.sandbox;

import static io.ponte.connectors.sandbox.Merchants.APPS;
import static io.ponte.connectors.sandbox.Merchants.GYM;
import static io.ponte.connectors.sandbox.Merchants.INSURANCE;
import static io.ponte.connectors.sandbox.Merchants.INTERNET;
import static io.ponte.connectors.sandbox.Merchants.MOBILE;
import static io.ponte.connectors.sandbox.Merchants.STREAMING;

import io.ponte.connectors.sandbox.Merchants.Price;
import io.ponte.connectors.sandbox.Merchants.Subscription;
import java.time.LocalDate;
import java.util.List;

/**
 * Monthly subscriptions with their list-price history in local currency cents, so that recurring-expense detection
 * sees real prices and real rises. Plans are the popular mid tier (standard streaming, 500 Mb fibre, a mid postpaid
 * plan, an individual health plan); dates and amounts of the rises are approximate, to the month and to a few
 * percent, not exact tariff sheets. Insurance rises follow the yearly health-plan and auto-premium adjustments.
 */
final class Subscriptions {

	static final List<Subscription> BR = List.of(
			s("Netflix", STREAMING, 4899, "https://www.netflix.com", "NETFLIX.COM", p(2022, 1, 39_90), p(2024, 4, 44_90)),
			s("Spotify", STREAMING, 5815, "https://www.spotify.com", "SPOTIFY", p(2022, 1, 19_90), p(2023, 8, 21_90), p(2025, 9, 23_90)),
			s("Disney+", STREAMING, 4899, "https://www.disneyplus.com", "DISNEY PLUS", p(2022, 1, 27_90), p(2024, 6, 43_90)),
			s("HBO Max", STREAMING, 4899, "https://www.hbomax.com", "HBO MAX", p(2022, 1, 27_90), p(2024, 2, 39_90)),
			s("Prime Video", STREAMING, 5968, "https://www.primevideo.com", "AMAZON PRIME BR", p(2022, 1, 14_90), p(2023, 7, 19_90)),
			s("Globoplay", STREAMING, 4899, "https://globoplay.globo.com", "GLOBOPLAY", p(2022, 1, 24_90), p(2024, 3, 26_90)),
			s("Deezer", STREAMING, 5815, "https://www.deezer.com", "DEEZER", p(2022, 1, 19_90), p(2023, 6, 22_90)),
			s("YouTube Premium", STREAMING, 5815, "https://www.youtube.com/premium", "GOOGLE *YOUTUBE PREMIUM", p(2022, 1, 20_90), p(2023, 9, 24_90), p(2025, 5, 26_90)),
			s("Apple TV+", STREAMING, 5818, "https://tv.apple.com", "APPLE.COM/BILL", p(2022, 1, 9_90), p(2022, 11, 14_90), p(2023, 11, 21_90), p(2025, 9, 29_90)),
			s("iCloud+", APPS, 5818, "https://www.icloud.com", "APPLE.COM/BILL", p(2022, 1, 3_50), p(2023, 6, 4_90)),
			s("Google One", APPS, 5818, "https://one.google.com", "GOOGLE *GOOGLE ONE", p(2022, 1, 6_99), p(2024, 5, 7_99)),
			s("Microsoft 365", APPS, 5734, "https://www.microsoft.com/microsoft-365", "MICROSOFT*365 PERSONAL", p(2022, 1, 36_00), p(2023, 4, 45_00), p(2025, 1, 60_00)),
			s("ChatGPT Plus", APPS, 5734, "https://chatgpt.com", "OPENAI *CHATGPT SUBSCR", p(2023, 2, 105_00), p(2024, 12, 124_00)),
			s("Duolingo", APPS, 5818, "https://www.duolingo.com", "DUOLINGO", p(2022, 1, 29_99), p(2024, 3, 39_99)),
			s("Smart Fit", GYM, 7997, "https://www.smartfit.com.br", "SMART FIT", p(2022, 1, 119_90), p(2023, 1, 129_90), p(2024, 1, 139_90), p(2025, 1, 149_90)),
			s("Bluefit", GYM, 7997, "https://www.bluefit.com.br", "BLUEFIT ACADEMIAS", p(2022, 1, 89_90), p(2023, 3, 99_90), p(2025, 3, 109_90)),
			s("Bodytech", GYM, 7997, "https://www.bodytech.com.br", "BODYTECH", p(2022, 1, 399_00), p(2023, 2, 449_00), p(2025, 2, 499_00)),
			s("Selfit", GYM, 7997, "https://www.selfitacademias.com.br", "SELFIT ACADEMIAS", p(2022, 1, 79_90), p(2023, 4, 89_90), p(2025, 4, 99_90)),
			s("Vivo Fibra", INTERNET, 4814, "https://www.vivo.com.br", "VIVO FIBRA", p(2022, 1, 120_00), p(2023, 7, 130_00), p(2025, 7, 140_00)),
			s("Claro NET", INTERNET, 4899, "https://www.claro.com.br", "CLARO NET", p(2022, 1, 109_90), p(2023, 7, 119_90), p(2025, 7, 129_90)),
			s("TIM Live", INTERNET, 4814, "https://www.tim.com.br", "TIM LIVE", p(2022, 1, 109_99), p(2024, 3, 119_99)),
			s("Oi Fibra", INTERNET, 4814, "https://www.oi.com.br", "OI FIBRA", p(2022, 1, 99_90), p(2023, 5, 109_90)),
			s("Vivo", MOBILE, 4814, "https://www.vivo.com.br", "VIVO POS", p(2022, 1, 149_99), p(2024, 4, 164_99)),
			s("Claro", MOBILE, 4814, "https://www.claro.com.br", "CLARO POS", p(2022, 1, 149_90), p(2024, 4, 159_90)),
			s("TIM", MOBILE, 4814, "https://www.tim.com.br", "TIM BLACK", p(2022, 1, 119_99), p(2023, 5, 129_99), p(2025, 5, 139_99)),
			s("Porto Seguro Auto", INSURANCE, "Auto Insurance", 6300, "https://www.portoseguro.com.br", "PORTO SEGURO AUTO", p(2022, 1, 280_00), p(2023, 1, 310_00), p(2024, 1, 330_00), p(2025, 1, 345_00)),
			s("SulAmérica Saúde", INSURANCE, "Health & Life Insurance", 6300, "https://www.sulamerica.com.br", "SULAMERICA SAUDE", p(2022, 1, 850_00), p(2023, 5, 978_00), p(2024, 5, 1045_00), p(2025, 5, 1108_00)),
			s("Bradesco Saúde", INSURANCE, "Health & Life Insurance", 6300, "https://www.bradescoseguros.com.br", "BRADESCO SAUDE", p(2022, 1, 950_00), p(2023, 5, 1090_00), p(2024, 5, 1165_00), p(2025, 5, 1235_00)));

	static final List<Subscription> MX = List.of(
			s("Netflix", STREAMING, 4899, "https://www.netflix.com", "NETFLIX.COM", p(2022, 1, 219_00), p(2025, 1, 249_00)),
			s("Spotify", STREAMING, 5815, "https://www.spotify.com", "SPOTIFY", p(2022, 1, 115_00), p(2023, 8, 129_00), p(2025, 9, 139_00)),
			s("Disney+", STREAMING, 4899, "https://www.disneyplus.com", "DISNEY PLUS", p(2022, 1, 159_00), p(2023, 11, 179_00), p(2024, 6, 219_00)),
			s("HBO Max", STREAMING, 4899, "https://www.hbomax.com", "HBO MAX", p(2022, 1, 149_00), p(2024, 2, 199_00)),
			s("Prime Video", STREAMING, 5968, "https://www.primevideo.com", "AMAZON PRIME MX", p(2022, 1, 99_00)),
			s("YouTube Premium", STREAMING, 5815, "https://www.youtube.com/premium", "GOOGLE *YOUTUBE PREMIUM", p(2022, 1, 119_00), p(2023, 9, 139_00), p(2025, 5, 159_00)),
			s("Apple TV+", STREAMING, 5818, "https://tv.apple.com", "APPLE.COM/BILL", p(2022, 1, 69_00), p(2022, 11, 99_00), p(2023, 11, 129_00), p(2025, 9, 169_00)),
			s("ViX Premium", STREAMING, 4899, "https://vix.com", "VIX PREMIUM", p(2022, 7, 99_00), p(2024, 4, 119_00)),
			s("Deezer", STREAMING, 5815, "https://www.deezer.com", "DEEZER", p(2022, 1, 115_00), p(2023, 6, 129_00)),
			s("iCloud+", APPS, 5818, "https://www.icloud.com", "APPLE.COM/BILL", p(2022, 1, 17_00), p(2023, 6, 19_00)),
			s("Google One", APPS, 5818, "https://one.google.com", "GOOGLE *GOOGLE ONE", p(2022, 1, 32_99), p(2024, 5, 39_00)),
			s("Microsoft 365", APPS, 5734, "https://www.microsoft.com/microsoft-365", "MICROSOFT*365 PERSONAL", p(2022, 1, 129_00), p(2025, 1, 169_00)),
			s("ChatGPT Plus", APPS, 5734, "https://chatgpt.com", "OPENAI *CHATGPT SUBSCR", p(2023, 2, 399_00)),
			s("Duolingo", APPS, 5818, "https://www.duolingo.com", "DUOLINGO", p(2022, 1, 199_00), p(2024, 3, 229_00)),
			s("Smart Fit", GYM, 7997, "https://www.smartfit.com.mx", "SMART FIT MEXICO", p(2022, 1, 599_00), p(2023, 1, 649_00), p(2024, 1, 699_00), p(2025, 1, 749_00)),
			s("Sports World", GYM, 7997, "https://www.sportsworld.com.mx", "SPORTS WORLD", p(2022, 1, 1299_00), p(2023, 2, 1449_00), p(2025, 2, 1599_00)),
			s("Energy Fitness", GYM, 7997, "https://www.energyfitness.com.mx", "ENERGY FITNESS", p(2022, 1, 699_00), p(2024, 1, 799_00)),
			s("Anytime Fitness", GYM, 7997, "https://www.anytimefitness.com", "ANYTIME FITNESS", p(2022, 1, 849_00), p(2023, 3, 949_00), p(2025, 3, 1049_00)),
			s("Telmex Infinitum", INTERNET, 4814, "https://telmex.com", "TELMEX", p(2022, 1, 389_00), p(2023, 3, 399_00), p(2025, 3, 435_00)),
			s("Izzi", INTERNET, 4899, "https://www.izzi.mx", "IZZI", p(2022, 1, 399_00), p(2023, 3, 429_00), p(2025, 3, 459_00)),
			s("Totalplay", INTERNET, 4899, "https://www.totalplay.com.mx", "TOTALPLAY", p(2022, 1, 449_00), p(2024, 2, 499_00)),
			s("Megacable", INTERNET, 4899, "https://www.megacable.com.mx", "MEGACABLE", p(2022, 1, 349_00), p(2024, 2, 389_00)),
			s("Telcel", MOBILE, 4814, "https://www.telcel.com", "TELCEL", p(2022, 1, 399_00), p(2024, 3, 419_00)),
			s("AT&T", MOBILE, 4814, "https://www.att.com.mx", "AT&T MEXICO", p(2022, 1, 349_00), p(2024, 3, 379_00)),
			s("Movistar", MOBILE, 4814, "https://www.movistar.com.mx", "MOVISTAR", p(2022, 1, 299_00), p(2024, 3, 329_00)),
			s("GNP Gastos Médicos", INSURANCE, "Health & Life Insurance", 6300, "https://www.gnp.com.mx", "GNP SEGUROS", p(2022, 1, 2300_00), p(2023, 1, 2650_00), p(2024, 1, 2950_00), p(2025, 1, 3250_00)),
			s("AXA Salud", INSURANCE, "Health & Life Insurance", 6300, "https://axa.mx", "AXA SEGUROS", p(2022, 1, 2500_00), p(2023, 1, 2850_00), p(2025, 1, 3300_00)),
			s("Qualitas Auto", INSURANCE, "Auto Insurance", 6300, "https://www.qualitas.com.mx", "QUALITAS", p(2022, 1, 850_00), p(2023, 1, 950_00), p(2025, 1, 1050_00)));

	private Subscriptions() {
	}

	private static Subscription s(String name, String kind, int mcc, String website, String descriptor,
			Price... prices) {
		String subcategory = switch (kind) {
			case STREAMING -> "Movie & Audio";
			case APPS -> "Apps, Software and Cloud Services";
			case GYM -> "Gyms & Fitness";
			default -> "Telecommunications";
		};
		return s(name, kind, subcategory, mcc, website, descriptor, prices);
	}

	private static Subscription s(String name, String kind, String subcategory, int mcc, String website,
			String descriptor, Price... prices) {
		String category = switch (kind) {
			case STREAMING, APPS -> "Online Platforms & Leisure";
			case GYM -> "Home & Life";
			case INSURANCE -> "Insurance";
			default -> "Bills & Utilities";
		};
		return new Subscription(name, kind, category, subcategory, mcc, website, descriptor, List.of(prices));
	}

	private static Price p(int year, int month, long cents) {
		return new Price(LocalDate.of(year, month, 1), cents);
	}

}
