console.log("migrations done");
