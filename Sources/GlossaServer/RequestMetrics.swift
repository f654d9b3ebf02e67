import Hummingbird
import Prometheus

/// Counts requests and times them per route, for Prometheus at `/metrics`:
/// `glossa_http_requests_total{route, method, status}` and the histogram
/// `glossa_http_request_duration_seconds{route, method}`.
struct RequestMetrics<Context: RequestContext>: RouterMiddleware {
  let registry: PrometheusCollectorRegistry

  static var buckets: [Duration] {
    [
      .milliseconds(1), .milliseconds(2), .milliseconds(5), .milliseconds(10), .milliseconds(25),
      .milliseconds(50), .milliseconds(100), .milliseconds(250), .milliseconds(500), .seconds(1), .seconds(5),
    ]
  }

  func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws
    -> Response
  {
    let clock = ContinuousClock()
    let start = clock.now
    var status = HTTPResponse.Status.internalServerError
    defer {
      let route = context.endpointPath ?? "unmatched"
      let method = request.method.rawValue
      registry.makeCounter(
        descriptor: MetricNameDescriptor(
          namespace: "glossa", metricName: "http_requests", unitName: "total", helpText: "Requests answered."),
        labels: [("route", route), ("method", method), ("status", String(status.code))]
      ).increment()
      registry.makeDurationHistogram(
        descriptor: MetricNameDescriptor(
          namespace: "glossa", metricName: "http_request_duration", unitName: "seconds",
          helpText: "Time to answer a request."),
        labels: [("route", route), ("method", method)], buckets: Self.buckets
      ).record(clock.now - start)
    }
    do {
      let response = try await next(request, context)
      status = response.status
      return response
    } catch let error as any HTTPResponseError {
      status = error.status
      throw error
    }
  }
}
