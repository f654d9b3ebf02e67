import Foundation
import GlossaText
import Hummingbird

/// An error answered as RFC 9457 problem details (`application/problem+json`): a type, a
/// title, the status and the detail in the words the command line would print.
struct ProblemDetails: HTTPResponseError {
  let status: HTTPResponse.Status
  let detail: String

  init(_ status: HTTPResponse.Status, _ detail: String) {
    self.status = status
    self.detail = detail
  }

  func response(from request: Request, context: some RequestContext) throws -> Response {
    let body =
      "{\"type\":\"about:blank\",\"title\":\(Self.quoted(status.reasonPhrase)),\"status\":\(status.code),"
      + "\"detail\":\(Self.quoted(detail)),\"instance\":\(Self.quoted(request.uri.path))}"
    return Response(
      status: status, headers: [.contentType: "application/problem+json"],
      body: ResponseBody(byteBuffer: ByteBuffer(string: body)))
  }

  private static func quoted(_ text: String) -> String { JSONText.quoted(text) }
}

/// Turns every error a route throws into problem details: Hummingbird's own errors keep their
/// status and message, a body that is not the JSON a route expects is a 400, anything else a
/// 500 that says no more than that.
struct ProblemMiddleware<Context: RequestContext>: RouterMiddleware {
  func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws
    -> Response
  {
    do {
      return try await next(request, context)
    } catch let problem as ProblemDetails {
      throw problem
    } catch let error as HTTPError {
      throw ProblemDetails(error.status, error.body ?? error.status.reasonPhrase)
    } catch is DecodingError {
      throw ProblemDetails(.badRequest, "the request body is not the JSON this route takes")
    } catch let error as any HTTPResponseError {
      throw ProblemDetails(error.status, error.status.reasonPhrase)
    } catch {
      context.logger.error("request failed: \(error)")
      throw ProblemDetails(.internalServerError, "the request could not be answered")
    }
  }
}
