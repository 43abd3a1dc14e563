// The Temporal Web UI for a Temporal cluster of our own (the CLI's dev server bundles the same UI; the cluster's
// services do not): serves the UI on -port and talks to the frontend at -frontend.
package main

import (
	"flag"
	"log"

	uiserver "github.com/temporalio/ui-server/v2/server"
	uiconfig "github.com/temporalio/ui-server/v2/server/config"
	uiserveroptions "github.com/temporalio/ui-server/v2/server/server_options"
)

func main() {
	frontend := flag.String("frontend", "127.0.0.1:7233", "Temporal frontend gRPC address")
	host := flag.String("host", "127.0.0.1", "address the UI listens on")
	port := flag.Int("port", 8233, "port the UI listens on")
	codec := flag.String("codec-endpoint", "", "payload codec endpoint the browser calls to decode payloads")
	flag.Parse()
	server := uiserver.NewServer(uiserveroptions.WithConfigProvider(&uiconfig.Config{
		Host:                *host,
		Port:                *port,
		TemporalGRPCAddress: *frontend,
		EnableUI:            true,
		Codec:               uiconfig.Codec{Endpoint: *codec},
		CORS:                uiconfig.CORS{CookieInsecure: true},
		HideLogs:            true,
	}))
	if err := server.Start(); err != nil {
		log.Fatal(err)
	}
}
