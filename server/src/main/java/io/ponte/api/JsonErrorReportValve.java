package io.ponte.api;

import java.io.IOException;
import java.io.Writer;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;

/**
 * Some requests are refused by Tomcat itself before any servlet runs (a malformed URI, an illegal
 * character). Tomcat's own page for those is HTML; this valve writes the Belvo error array instead, with the
 * security headers our filters never had the chance to set.
 */
public class JsonErrorReportValve extends ErrorReportValve {

	@Override
	protected void report(Request request, Response response, Throwable throwable) {
		int status = response.getStatus();
		if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
			return;
		}
		ApiException error = ApiException.forStatus(status);
		String code = error.code();
		String message = error.getMessage();
		String requestId = java.util.UUID.randomUUID().toString().replace("-", "");
		try {
			response.setContentType("application/json");
			response.setCharacterEncoding("UTF-8");
			response.setHeader(RequestIds.HEADER, requestId);
			SecurityHeaders.apply(request.isSecure(), response::setHeader);
			Writer writer = response.getReporter();
			if (writer != null) {
				writer.write("[{\"request_id\":\"" + requestId + "\",\"message\":\"" + message + "\",\"code\":\"" + code
						+ "\"}]");
				response.finishResponse();
			}
		}
		catch (IOException | IllegalStateException ex) {
			// the client is gone or the response is already committed: nothing more to say
		}
	}

}
