import Hummingbird

/// Cross-origin requests from the listed origins only (`--allow-origin`): their responses carry
/// `Access-Control-Allow-Origin`, and their preflight `OPTIONS` requests are answered; requests
/// from other origins get no such header, so browsers keep their pages out.
struct AllowedOrigins<Context: RequestContext>: RouterMiddleware {
  let origins: Set<String>

  func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws
    -> Response
  {
    guard let origin = request.headers[.origin], origins.contains(origin) else {
      return try await next(request, context)
    }
    if request.method == .options {
      return Response(
        status: .noContent,
        headers: [
          .accessControlAllowOrigin: origin, .accessControlAllowMethods: "GET, POST, OPTIONS",
          .accessControlAllowHeaders: "Content-Type, Authorization", .accessControlMaxAge: "600", .vary: "Origin",
        ])
    }
    var response = try await next(request, context)
    response.headers[.accessControlAllowOrigin] = origin
    response.headers[.vary] = "Origin"
    return response
  }
}
