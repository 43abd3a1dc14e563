// The Temporal Web UI for a Temporal cluster of our own (the CLI's dev server bundles the same UI; the cluster's
// services do not): serves the UI on -port and talks to the frontend at -frontend.
package main

import (
	"flag"
	"log"
	"net"

	uiserver "github.com/temporalio/ui-server/v2/server"
	uiconfig "github.com/temporalio/ui-server/v2/server/config"
	uiserveroptions "github.com/temporalio/ui-server/v2/server/server_options"
)

func main() {
	frontend := flag.String("frontend", "127.0.0.1:7233", "Temporal frontend gRPC address")
	host := flag.String("host", "127.0.0.1", "address the UI listens on")
	port := flag.Int("port", 8233, "port the UI listens on")
	codec := flag.String("codec-endpoint", "", "payload codec endpoint the browser calls to decode payloads")
	useTLS := flag.Bool("tls", false, "reach the frontend over TLS")
	tlsCA := flag.String("tls-ca", "", "PEM file of the CA that signed the frontend's certificate (default: the system's)")
	tlsCert := flag.String("tls-cert", "", "PEM client certificate, when the frontend requires one (mTLS)")
	tlsKey := flag.String("tls-key", "", "PEM key of -tls-cert")
	tlsServerName := flag.String("tls-server-name", "", "name the frontend's certificate is checked against (default: the host of -frontend)")
	flag.Parse()
	cfg := &uiconfig.Config{
		Host:                *host,
		Port:                *port,
		TemporalGRPCAddress: *frontend,
		EnableUI:            true,
		Codec:               uiconfig.Codec{Endpoint: *codec},
		CORS:                uiconfig.CORS{CookieInsecure: true},
		HideLogs:            true,
	}
	if *useTLS {
		// ui-server dials plaintext when given neither a CA, a client certificate nor a server name: always name the server.
		if *tlsServerName == "" {
			if h, _, err := net.SplitHostPort(*frontend); err == nil {
				*tlsServerName = h
			}
		}
		cfg.TLS = uiconfig.TLS{CaFile: *tlsCA, CertFile: *tlsCert, KeyFile: *tlsKey, ServerName: *tlsServerName, EnableHostVerification: true}
	}
	server := uiserver.NewServer(uiserveroptions.WithConfigProvider(cfg))
	if err := server.Start(); err != nil {
		log.Fatal(err)
	}
}
